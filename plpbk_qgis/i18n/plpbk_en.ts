<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
  <context>
    <name>plpbk</name>
    <message>
      <location filename="plpbk_qgis/plugin.py" line="40" />
      <source>PLPBK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plpbk_qgis/plugin.py" line="42" />
      <source>Alat Processing PLPBK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plpbk_qgis/plugin.py" line="43" />
      <source>Buka daftar algoritma PLPBK di Processing Toolbox</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plpbk_qgis/plugin.py" line="44" />
      <source>Periksa pustaka Python</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plpbk_qgis/plugin.py" line="45" />
      <source>Tampilkan pustaka Python yang dibutuhkan plugin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plpbk_qgis/plugin.py" line="46" />
      <source>Tentang PLPBK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plpbk_qgis/plugin.py" line="46" />
      <source>Tentang plugin PLPBK</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plpbk_qgis/plugin.py" line="104" />
      <source>Semua pustaka Python yang dibutuhkan sudah terpasang.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plpbk_qgis/plugin.py" line="105" />
      <source>PLPBK — pustaka Python</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plpbk_qgis/plugin.py" line="112" />
      <source>PLPBK: Penataan Lingkungan Permukiman Berbasis Komunitas.
Basis data Pemetaan Swadaya, impor peta dasar dan rencana kota, pemeriksaan KDB/KLB/KDH/GSB/tinggi/ITBX dan album peta 1:1000 untuk uji publik.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="plpbk_qgis/processing/provider.py" line="42" />
      <source>PLPBK — Penataan Lingkungan Permukiman Berbasis Komunitas</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
