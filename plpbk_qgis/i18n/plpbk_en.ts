<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
  <context>
    <name>plpbk</name>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/conflict_list.py" line="13" />
      <source>Nilai berbeda antar-pokja</source>
      <translation>Different values between pokja</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/conflict_list.py" line="14" />
      <source>Diubah satu pokja, dihapus pokja lain</source>
      <translation>Edited by one pokja, deleted by another</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/conflict_list.py" line="15" />
      <source>Objek baru yang sama dari dua pokja</source>
      <translation>The same new object from two pokja</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/conflict_list.py" line="37" />
      <source>Daftar konflik survei untuk rembug pokja</source>
      <translation>Survey conflicts for the pokja rembug</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/conflict_list.py" line="38" />
      <source>{n} konflik terbuka. Tulis keputusan (pakai / tolak) pada versi yang dipilih.</source>
      <translation>{n} open conflicts. Write the decision (pakai = use / tolak = reject) on the chosen version.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/conflict_list.py" line="40" />
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/conflict_list.py" line="40" />
      <source>Lapisan / fitur / kolom</source>
      <translation>Layer / feature / field</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/conflict_list.py" line="40" />
      <source>Jenis</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/conflict_list.py" line="40" />
      <source>Versi</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/conflict_list.py" line="40" />
      <source>Wilayah · pokja · surveyor</source>
      <translation>Work area · pokja · surveyor</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/conflict_list.py" line="41" />
      <source>Nilai</source>
      <translation>Value</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/conflict_list.py" line="41" />
      <source>Keputusan</source>
      <translation>Decision</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/conflict_list.py" line="46" />
      <source>baru</source>
      <translation>new</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/conflict_list.py" line="47" />
      <source>sebelum survei</source>
      <translation>before the survey</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/conflict_list.py" line="51" />
      <source>(tidak ada konflik terbuka)</source>
      <translation>(no open conflicts)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/conflict_list.py" line="53" />
      <source>Konflik survei (rembug pokja)</source>
      <translation>Survey conflicts (pokja rembug)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/decisions.py" line="52" />
      <source>{key}: lebih dari satu versi 'pakai'; pilih satu. Konflik ini tidak diubah.</source>
      <translation>{key}: more than one 'pakai' version; choose one. This conflict was not changed.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/field_project.py" line="41" />
      <source>peta dasar tidak dapat dibuka.</source>
      <translation>the base map cannot be opened.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/field_project.py" line="54" />
      <source>Wilayah kerja ini: </source>
      <translation>This work area: </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/field_project.py" line="83" />
      <source>Peta dasar (foto udara)</source>
      <translation>Base map (aerial photo)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/field_project.py" line="89" />
      <source>proyek QGIS tidak dapat disimpan: </source>
      <translation>the QGIS project cannot be saved: </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/field_project.py" line="99" />
      <source>proyek tidak dapat dibuka</source>
      <translation>the project cannot be opened</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/field_project.py" line="109" />
      <source>proyek memakai path absolut</source>
      <translation>the project uses absolute paths</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/field_project.py" line="111" />
      <source>proyek memakai home path tetap</source>
      <translation>the project uses a fixed home path</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/field_project.py" line="116" />
      <source>lapisan tidak dapat dibuka: </source>
      <translation>layer cannot be opened: </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/field_project.py" line="120" />
      <source>lapisan di luar folder paket: </source>
      <translation>layer outside the package folder: </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/field_project.py" line="122" />
      <source>aksi QFieldSync berbeda pada satu berkas: </source>
      <translation>different QFieldSync actions for one file: </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/field_project.py" line="125" />
      <source>karakter terlarang di nama berkas: </source>
      <translation>forbidden characters in file name: </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/field_sheet.py" line="50" />
      <source>Lapisan</source>
      <translation>Layer</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/field_sheet.py" line="50" />
      <source>Kode pedoman</source>
      <translation>Guideline code</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/field_sheet.py" line="50" />
      <source>Isian wajib</source>
      <translation>Required fields</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/field_sheet.py" line="50" />
      <source>Fitur di paket</source>
      <translation>Features in package</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/field_sheet.py" line="50" />
      <source>Selesai</source>
      <translation>Done</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/field_sheet.py" line="80" />
      <source>Lembar lapangan</source>
      <translation>Field sheet</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/field_sheet.py" line="80" />
      <source>skala</source>
      <translation>scale</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/field_sheet.py" line="81" />
      <source>1 cm = 10 m</source>
      <translation>1 cm = 10 m</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/field_sheet.py" line="81" />
      <source>utara ke atas</source>
      <translation>north up</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/field_sheet.py" line="89" />
      <source>Daftar periksa survei (S4)</source>
      <translation>Survey checklist (S4)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/field_sheet.py" line="90" />
      <source>Tanggal survei: ......................   Surveyor: ......................</source>
      <translation>Survey date: ......................   Surveyor: ......................</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/field_sheet.py" line="90" />
      <source>Tim: </source>
      <translation>Team: </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/field_sheet.py" line="93" />
      <source>Lembar kerja lapangan</source>
      <translation>Field work sheet</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/merge_run.py" line="98" />
      <source>folder tanpa {name}: bukan paket kerja PLPBK</source>
      <translation>folder without {name}: not a PLPBK field work package</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/merge_run.py" line="103" />
      <source>{name} tidak ada di samping GeoPackage ini</source>
      <translation>{name} is missing next to this GeoPackage</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/merge_run.py" line="106" />
      <source>bukan folder paket atau GeoPackage yang ada</source>
      <translation>not an existing package folder or GeoPackage</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/merge_run.py" line="152" />
      <source>basis data ini belum pernah dipakai untuk menyiapkan paket (tidak ada plpbk_info); gabungkan ke basis data induk tempat paket dibuat</source>
      <translation>this database has never been used to prepare packages (no plpbk_info); merge into the master database the packages were made from</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/merge_run.py" line="155" />
      <source>paket ini dipotong dari basis data survei lain (id basis data berbeda); gabungkan ke basis data induknya</source>
      <translation>this package was cut from another survey database (different database id); merge it into its own master database</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/merge_run.py" line="161" />
      <source>catatan paket menunjuk berkas di luar folder paket: {name}</source>
      <translation>the package record points to a file outside the package folder: {name}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/merge_run.py" line="164" />
      <source>berkas {name} tidak ada di paket; salin ulang seluruh folder paket</source>
      <translation>file {name} is missing from the package; copy the whole package folder again</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/merge_run.py" line="167" />
      <source>paket dengan ID yang sama sudah ada di penggabungan ini ({other}); satu paket hanya boleh diberikan sekali</source>
      <translation>a package with the same ID is already in this merge ({other}); give each package only once</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/merge_run.py" line="180" />
      <source>tabel {table} tidak ada lagi di induk</source>
      <translation>table {table} no longer exists in the master</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/merge_run.py" line="182" />
      <source>di induk: {problem}</source>
      <translation>in the master: {problem}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/merge_run.py" line="186" />
      <source>struktur tabel paket berubah, tidak dapat digabung: {problems}</source>
      <translation>the package's table structure has changed, it cannot be merged: {problems}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/merge_run.py" line="195" />
      <source>pygeodiff tidak dapat membaca perubahan paket: {error}</source>
      <translation>pygeodiff cannot read the package changes: {error}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/merge_run.py" line="236" />
      <source>paket tidak dapat digabung ({error}); paket ini dilewati, induk tidak berubah olehnya</source>
      <translation>the package cannot be merged ({error}); it was skipped and the master is unchanged by it</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/merge_run.py" line="399" />
      <source>basis data induk berubah selama penggabungan; simpan atau batalkan penyuntingan di QGIS lalu ulangi</source>
      <translation>the master database changed during the merge; save or discard the edits in QGIS and try again</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/fieldwork/photos.py" line="92" />
      <source>{name} sudah ada (berkas lain)</source>
      <translation>{name} already exists (another file)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/sources/base_map_vector.py" line="26" />
      <source>bukan basis data survei PLPBK (tabel plpbk_catalog tidak ada). Buat dulu dengan 'Buat basis data survei' (plpbk:createsurveydatabase).</source>
      <translation>not a PLPBK survey database (no plpbk_catalog table). Create one first with 'Create survey database' (plpbk:createsurveydatabase).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/sources/base_map_vector.py" line="32" />
      <source>tabel tujuan '{table}' bukan lapisan katalog di basis data ini. Pilih salah satu: {names}.</source>
      <translation>target table '{table}' is not a catalog layer in this database. Choose one of: {names}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/sources/base_map_vector.py" line="37" />
      <source>tabel '{table}' tidak bergeometri; peta dasar harus masuk ke lapisan bergeometri.</source>
      <translation>table '{table}' has no geometry; a base map must go into a layer with geometry.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/sources/base_map_vector.py" line="60" />
      <source>tabel '{table}', kolom '{field}': id '{value}' dipakai {n} fitur (fid {fids}). Beri id unik sebelum validasi survei.</source>
      <translation>table '{table}', field '{field}': id '{value}' is used by {n} features (fid {fids}). Give unique ids before validating the survey.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/sources/base_map_vector.py" line="65" />
      <source>… dan {n} id ganda lain.</source>
      <translation>… and {n} other duplicate ids.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/sources/base_map_vector.py" line="67" />
      <source>tabel '{table}': {n} fitur tanpa '{field}' (fid {fids}). Isi id saat survei lapangan.</source>
      <translation>table '{table}': {n} features without '{field}' (fid {fids}). Fill in the id during the field survey.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/sources/base_map_vector.py" line="78" />
      <source>dibatalkan oleh pengguna; tidak ada fitur yang ditulis.</source>
      <translation>canceled by the user; no features were written.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/sources/base_map_vector.py" line="80" />
      <source>gagal menulis ke tabel '{table}': {error}</source>
      <translation>failed to write to table '{table}': {error}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/sources/base_map_vector.py" line="83" />
      <source>lapisan '{layer}': kolom tanpa pasangan di tabel '{table}' TIDAK disalin: {fields}. Petakan dengan 'Pemetaan kolom' (nama_katalog=KOLOM) bila isinya diperlukan; kolom tabel: {target}.</source>
      <translation>layer '{layer}': fields without a match in table '{table}' were NOT copied: {fields}. Map them with 'Field mapping' (catalog_name=FIELD) if their contents are needed; table fields: {target}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/sources/base_map_vector.py" line="90" />
      <source>lapisan '{layer}', fitur {fid}, kolom '{field}': nilai '{raw}' tidak cocok dengan tipe kolom ({reason}); dikosongkan. Perbaiki nilainya di lapisan sumber lalu impor ulang.</source>
      <translation>layer '{layer}', feature {fid}, field '{field}': value '{raw}' does not fit the field type ({reason}); cleared. Fix the value in the source layer and import again.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/sources/base_map_vector.py" line="95" />
      <source>… dan {n} nilai lain yang dikosongkan.</source>
      <translation>… and {n} other cleared values.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/sources/base_map_vector.py" line="99" />
      <source>lapisan '{layer}': {n} fitur multi-bagian dipecah per bagian karena tabel '{table}' menyimpan satu bagian per fitur (atributnya tersalin ke tiap bagian): {listed}. Periksa id ganda hasilnya.</source>
      <translation>layer '{layer}': {n} multi-part features were split into parts because table '{table}' stores one part per feature (the attributes are copied to every part): {listed}. Check the resulting duplicate ids.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/sources/conformance_io.py" line="86" />
      <source>kolom tidak ada di lapisan ini. Pilih kolom yang ada atau kosongkan parameter kolomnya.</source>
      <translation>the field does not exist in this layer. Choose an existing field or leave the field parameter empty.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/sources/conformance_io.py" line="156" />
      <source>Pembacaan cepat gagal ({}); memakai pembaca umum.</source>
      <translation>Fast read failed ({}); using the generic reader.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/sources/conformance_io.py" line="300" />
      <source>keluaran tidak boleh menimpa berkas masukan ({}).</source>
      <translation>the output must not overwrite an input file ({}).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/sources/feature_copy.py" line="93" />
      <source>geometri {source} tidak dapat masuk ke tabel '{table}' yang berisi {target}. Pilih tabel tujuan lain.</source>
      <translation>{source} geometry cannot go into table '{table}', which holds {target}. Choose another target table.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/sources/qgis_io.py" line="94" />
      <source>Dibatalkan oleh pengguna.</source>
      <translation>Canceled by the user.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/sources/scan_files.py" line="53" />
      <source>jenis berkas {suffix} tidak didukung; simpan foto/pindaian sebagai JPEG, PNG, atau PDF.</source>
      <translation>file type {suffix} is not supported; save photos/scans as JPEG, PNG or PDF.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/sources/scan_files.py" line="62" />
      <source>berkas tidak dapat dibaca ({reason}).</source>
      <translation>the file cannot be read ({reason}).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/sources/scan_files.py" line="65" />
      <source>berkas bukan gambar JPEG/PNG yang dapat dibuka (rusak atau terpotong?). Salin ulang dari ponsel/pemindai.</source>
      <translation>the file is not a JPEG/PNG image that can be opened (damaged or truncated?). Copy it again from the phone/scanner.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/sources/scan_files.py" line="90" />
      <source>PDF tidak dapat dibuka ({reason}). Simpan ulang pindaian sebagai PDF atau JPEG.</source>
      <translation>The PDF cannot be opened ({reason}). Save the scan again as PDF or JPEG.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/sources/scan_files.py" line="119" />
      <source>PDF tidak dapat dibuka: GDAL tanpa pembaca PDF dan pdftoppm (poppler-utils) tidak terpasang. Simpan pindaian sebagai JPEG/PNG.</source>
      <translation>The PDF cannot be opened: GDAL has no PDF reader and pdftoppm (poppler-utils) is not installed. Save the scans as JPEG/PNG.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/sources/scan_files.py" line="126" />
      <source>PDF tidak dapat dibuka ({reason}).</source>
      <translation>The PDF cannot be opened ({reason}).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/styles/status_style.py" line="19" />
      <source>Sesuai</source>
      <translation>Complies</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/styles/status_style.py" line="20" />
      <source>Perlu dicek</source>
      <translation>Needs checking</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/styles/status_style.py" line="21" />
      <source>Melanggar</source>
      <translation>Violates</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/styles/status_style.py" line="22" />
      <source>Tidak dicek</source>
      <translation>Not checked</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/survey/derived_tables.py" line="47" />
      <source>lapisan tidak dapat dibuka di basis data survei.</source>
      <translation>the layer cannot be opened in the survey database.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/survey/derived_tables.py" line="53" />
      <source>fitur tidak dapat ditulis ke basis data survei.</source>
      <translation>the features cannot be written to the survey database.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/survey/derived_tables.py" line="62" />
      <source>lapisan '{name}' berisi data survei dan tidak ditimpa oleh analisis.</source>
      <translation>layer '{name}' holds survey data and is not overwritten by an analysis.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/survey/derived_tables.py" line="72" />
      <source>tabel hasil tidak dapat ditulis ke basis data survei: {error}</source>
      <translation>the result table cannot be written to the survey database: {error}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/survey/survey_gpkg.py" line="48" />
      <source>berkas sudah ada dan TIDAK diubah. Pilih nama berkas lain, atau centang 'Timpa basis data yang ada' bila memang ingin membuat ulang (data lama akan hilang).</source>
      <translation>the file already exists and was NOT changed. Choose another file name, or tick 'Overwrite existing database' if you really want to recreate it (the old data will be lost).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/survey/survey_gpkg.py" line="69" />
      <source>tidak dapat membuat GeoPackage; periksa izin tulis folder.</source>
      <translation>cannot create the GeoPackage; check the folder's write permissions.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/survey/survey_project.py" line="35" />
      <source>tabel tidak dapat dibuka dari GeoPackage.</source>
      <translation>the table cannot be opened from the GeoPackage.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/survey/survey_project.py" line="46" />
      <source>Pemetaan Swadaya PLPBK</source>
      <translation>PLPBK Community Mapping (Pemetaan Swadaya)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/survey/survey_project.py" line="78" />
      <source>Katalog (hanya baca)</source>
      <translation>Catalog (read-only)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/survey/survey_project.py" line="80" />
      <source>Katalog lapisan</source>
      <translation>Layer catalog</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/survey/survey_project.py" line="80" />
      <source>Daftar nilai</source>
      <translation>Value lists</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/survey/survey_reader.py" line="18" />
      <source>berkas GeoPackage tidak ditemukan.</source>
      <translation>GeoPackage file not found.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/survey/survey_reader.py" line="27" />
      <source>bukan GeoPackage yang dapat dibaca (berkas rusak, terpotong, atau jenis lain). Pilih salinan yang utuh.</source>
      <translation>not a readable GeoPackage (damaged, truncated, or another kind of file). Choose an intact copy.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/survey/survey_reader.py" line="39" />
      <source>bukan basis data survei PLPBK: tidak ada satu pun lapisan katalog (isi berkas: {found}). Pilih GeoPackage buatan 'Buat basis data survei'.</source>
      <translation>not a PLPBK survey database: none of the catalog's layers (the file holds: {found}). Choose a GeoPackage made by 'Create survey database'.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/adapters/survey/survey_reader.py" line="48" />
      <source>tabel tidak dapat dibuka.</source>
      <translation>the table cannot be opened.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/fire_access.py" line="41" />
      <source>bukan lebar jalan dalam meter</source>
      <translation>not a road width in metres</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/fire_access.py" line="67" />
      <source>{count} bangunan tanpa geometri atau tanpa luas tidak dinilai aksesnya: {examples}</source>
      <translation>{count} buildings without geometry or area: access not judged: {examples}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/fire_access.py" line="75" />
      <source>{count} ruas jalan tanpa geometri diabaikan: {examples}</source>
      <translation>{count} road segments without geometry ignored: {examples}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/fire_access.py" line="82" />
      <source>{count} ruas jalan tanpa lebar yang terbaca tidak dihitung sebagai jalan mobil pemadam: {examples}</source>
      <translation>{count} road segments without a readable width are not counted as fire-truck roads: {examples}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/fire_access.py" line="93" />
      <source>{count} hidran tanpa geometri diabaikan: {examples}</source>
      <translation>{count} hydrants without geometry ignored: {examples}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/hazard_exposure.py" line="185" />
      <source>{count} zona bahaya tanpa geometri atau tanpa luas diabaikan: {examples}</source>
      <translation>{count} hazard zones without geometry or area ignored: {examples}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/hazard_exposure.py" line="189" />
      <source>{count} zona tanpa jenis bencana dihitung sebagai '{kind}': {examples}</source>
      <translation>{count} zones without a hazard type counted as '{kind}': {examples}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/hazard_exposure.py" line="195" />
      <source>{count} zona tanpa tingkat risiko dihitung sebagai '{level}' (di bawah semua tingkat yang dikenal): {examples}</source>
      <translation>{count} zones without a risk level counted as '{level}' (below every known level): {examples}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/hazard_exposure.py" line="202" />
      <source>Tingkat risiko {levels} tidak ada dalam urutan {order}; diurutkan di atas tingkat yang dikenal menurut urutan kemunculan.</source>
      <translation>Risk levels {levels} are not in the order {order}; ranked above the known levels in order of appearance.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/hazard_exposure.py" line="292" />
      <source>{count} bangunan tanpa geometri atau tanpa luas tidak dapat dinilai (tingkat '{level}'): {examples}</source>
      <translation>{count} buildings without geometry or area cannot be judged (level '{level}'): {examples}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/hazard_exposure.py" line="345" />
      <source>bukan bilangan bulat ≥ 0</source>
      <translation>not a whole number ≥ 0</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/hazard_exposure.py" line="356" />
      <source>{count} nilai {what} tidak terbaca, {outcome}: {examples}</source>
      <translation>{count} values of {what} unreadable, {outcome}: {examples}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/hazard_exposure.py" line="358" />
      <source>dihitung tidak diketahui</source>
      <translation>counted as unknown</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/hazard_exposure.py" line="397" />
      <source>jumlah lantai</source>
      <translation>number of floors</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/hazard_exposure.py" line="398" />
      <source>dihitung 1 lantai</source>
      <translation>counted as 1 floor</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/hazard_exposure.py" line="402" />
      <source>{count} bangunan tanpa jumlah lantai dihitung 1 lantai: {examples}</source>
      <translation>{count} buildings without a number of floors counted as 1 floor: {examples}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/hazard_exposure.py" line="404" />
      <source>jumlah KK</source>
      <translation>number of households</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/hazard_exposure.py" line="412" />
      <source>jumlah jiwa</source>
      <translation>number of people</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/hazard_exposure.py" line="421" />
      <source>KK miskin</source>
      <translation>poor households</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/hazard_exposure.py" line="422" />
      <source>fasilitas</source>
      <translation>facilities</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/hazard_exposure.py" line="424" />
      <source>{count} titik {what} tanpa geometri dihitung '{unit}' / '{level}': {examples}</source>
      <translation>{count} {what} points without geometry counted as '{unit}' / '{level}': {examples}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="88" />
      <source>Metode proyeksi '{method}' tidak dikenal; pilih geometrik, aritmatika, atau eksponensial.</source>
      <translation>Unknown projection method '{method}'; choose geometric, arithmetic or exponential.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="96" />
      <source>RT {rt}: {text}</source>
      <translation>RT {rt}: {text}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="106" />
      <source>Jumlah penduduk dan selang tahun harus angka: P0={p0}, P1={p1}, t={years}.</source>
      <translation>Population counts and the interval in years must be numbers: P0={p0}, P1={p1}, t={years}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="109" />
      <source>Jumlah penduduk atau selang tahun kosong: P0={p0}, P1={p1}, t={years}.</source>
      <translation>Population count or interval in years is empty: P0={p0}, P1={p1}, t={years}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="112" />
      <source>Selang tahun antara dua sensus harus lebih dari nol: {years}.</source>
      <translation>The interval between the two censuses must be more than zero years: {years}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="114" />
      <source>Jumlah penduduk awal tidak boleh nol atau negatif: {value}.</source>
      <translation>The initial population cannot be zero or negative: {value}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="116" />
      <source>Jumlah penduduk akhir tidak boleh negatif (atau nol untuk metode eksponensial): {value}.</source>
      <translation>The final population cannot be negative (or zero for the exponential method): {value}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="132" />
      <source>Penduduk awal, laju, dan jumlah tahun proyeksi harus angka.</source>
      <translation>Initial population, rate and projection years must be numbers.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="134" />
      <source>Penduduk awal, laju, atau jumlah tahun proyeksi kosong (NaN).</source>
      <translation>Initial population, rate or projection years is empty (NaN).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="136" />
      <source>Penduduk awal dan jumlah tahun proyeksi tidak boleh negatif.</source>
      <translation>Initial population and projection years cannot be negative.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="139" />
      <source>Laju geometrik harus lebih dari -1 (-100%): {rate}.</source>
      <translation>A geometric rate must be more than -1 (-100%): {rate}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="144" />
      <source>Laju aritmatika {rate} membuat penduduk negatif sebelum akhir proyeksi; pakai metode geometrik.</source>
      <translation>The arithmetic rate {rate} makes the population negative before the end of the projection; use the geometric method.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="180" />
      <source>RT {rt}: {what} '{value}' bukan angka.</source>
      <translation>RT {rt}: {what} '{value}' is not a number.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="196" />
      <source>Jangka proyeksi tidak boleh negatif: {years} tahun.</source>
      <translation>The projection horizon cannot be negative: {years} years.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="199" />
      <source>Tabel penduduk tidak berisi satu pun angka yang dapat dipakai; lihat daftar masalah tabel.</source>
      <translation>The population table holds no usable number; see the list of table problems.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="203" />
      <source>Model komponen kohort perlu tabel penduduk per kelompok umur, tabel rasio ketahanan hidup, dan angka kelahiran kasar; salah satunya tidak ada.</source>
      <translation>The cohort-component model needs a population table by age group, a survival-ratio table and a crude birth rate; one of them is missing.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="213" />
      <source>RT {rt} tidak punya data penduduk tahun dasar {year}; tahun yang ada: {years}.</source>
      <translation>RT {rt} has no population for the base year {year}; years present: {years}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="229" />
      <source>Laju untuk RT {rt} diberikan tanpa RW, padahal nomor RT ini ada di beberapa RW; beri kunci (RW, RT).</source>
      <translation>The rate for RT {rt} is given without an RW, but this RT number exists in several RWs; key it by (RW, RT).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="235" />
      <source>RT {rt} hanya punya data penduduk tahun {years}; laju pertumbuhan perlu dua tahun sensus atau diberikan.</source>
      <translation>RT {rt} only has population data for {years}; a growth rate needs two census years or must be given.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="241" />
      <source>RT {rt}: tahun {y0} dan {y1} tidak punya kelompok umur/jenis kelamin yang sama; laju tidak dapat dihitung.</source>
      <translation>RT {rt}: years {y0} and {y1} share no age group/sex; the rate cannot be computed.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="266" />
      <source>Angka kelahiran kasar untuk RT {rt} tidak diberikan (atau diberikan tanpa RW padahal nomor RT ini ada di beberapa RW).</source>
      <translation>No crude birth rate is given for RT {rt} (or it is given without an RW although this RT number exists in several RWs).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="271" />
      <source>RT {rt}: angka kelahiran kasar {value} di luar 1-{max} per 1000 penduduk per tahun; tulis per 1000 (mis. 18, bukan 0,018).</source>
      <translation>RT {rt}: crude birth rate {value} outside 1-{max} per 1000 population per year; write it per 1000 (e.g. 18, not 0.018).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="285" />
      <source>Tabel rasio ketahanan hidup perlu kolom kelompok_umur dan survival. Kolom yang ada: {found}.</source>
      <translation>The survival-ratio table needs the columns kelompok_umur and survival. Columns present: {found}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="297" />
      <source>Tabel rasio ketahanan hidup: '{key}' = '{value}' tidak terbaca; kelompok umur (0-4 ... 75+ atau 'lahir'), jenis kelamin L/P, nilai 0-1.</source>
      <translation>Survival-ratio table: '{key}' = '{value}' cannot be read; age group (0-4 ... 75+ or 'lahir'), sex L/P, value 0-1.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="306" />
      <source>Tabel rasio ketahanan hidup tidak punya nilai untuk kelompok {group} jenis kelamin {sex}.</source>
      <translation>The survival-ratio table has no value for group {group}, sex {sex}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="318" />
      <source>RT {rt}: model kohort perlu kelompok umur 5 tahunan berurutan dari 0-4 dan satu kelompok terbuka di akhir (mis. 75+); yang ada: {groups}.</source>
      <translation>RT {rt}: the cohort model needs consecutive 5-year age groups from 0-4 and one open group at the end (e.g. 75+); present: {groups}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="326" />
      <source>RT {rt} tahun {year}: model kohort perlu angka untuk semua kelompok umur dan jenis kelamin; tidak ada: {cells}.</source>
      <translation>RT {rt} year {year}: the cohort model needs a number for every age group and sex; missing: {cells}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="391" />
      <source>Luas lahan permukiman tidak diberikan; kepadatan netto dibiarkan kosong.</source>
      <translation>No residential land area given; net density left empty.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="398" />
      <source>RT {rt}: luas wilayah RT {why}; kepadatan bruto dibiarkan kosong.</source>
      <translation>RT {rt}: RT area {why}; gross density left empty.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population.py" line="401" />
      <source>RT {rt}: luas lahan permukiman {why}; kepadatan netto dibiarkan kosong.</source>
      <translation>RT {rt}: residential land area {why}; net density left empty.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population_run.py" line="90" />
      <source>RT {rt} ada di tabel penduduk tetapi tidak ada poligonnya; angkanya tetap ditulis tanpa kepadatan.</source>
      <translation>RT {rt} is in the population table but has no polygon; its numbers are written without density.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population_run.py" line="95" />
      <source>RT {rt} punya poligon tetapi tidak ada di tabel penduduk.</source>
      <translation>RT {rt} has a polygon but is not in the population table.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population_table.py" line="205" />
      <source>Kolom '{name}' tidak ada di tabel penduduk. Kolom yang ada: {found}.</source>
      <translation>Column '{name}' is not in the population table. Columns present: {found}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population_table.py" line="220" />
      <source>Tabel penduduk punya dua kolom untuk tahun {year}: '{a}' dan '{b}'.</source>
      <translation>The population table has two columns for the year {year}: '{a}' and '{b}'.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population_table.py" line="240" />
      <source>Tabel penduduk tidak punya kolom RT (rt, kode_rt, no_rt). Kolom yang ada: {found}.</source>
      <translation>The population table has no RT column (rt, kode_rt, no_rt). Columns present: {found}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population_table.py" line="245" />
      <source>Tabel penduduk perlu kolom tahun dan jumlah (bentuk panjang) atau satu kolom per tahun seperti 'penduduk_2020' (bentuk lebar). Kolom yang ada: {found}.</source>
      <translation>The population table needs year and count columns (long form) or one column per year such as 'penduduk_2020' (wide form). Columns present: {found}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population_table.py" line="254" />
      <source>Baris {row}: baris kosong; tidak dipakai.</source>
      <translation>Row {row}: empty row; not used.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population_table.py" line="271" />
      <source>Baris {row}: baris jumlah ('{raw}'), tidak dipakai agar tidak terhitung dua kali.</source>
      <translation>Row {row}: a total row ('{raw}'), not used so that nothing is counted twice.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population_table.py" line="275" />
      <source>Baris {row}: tahun '{raw}' kosong atau tidak terbaca; tidak dipakai.</source>
      <translation>Row {row}: year '{raw}' empty or unreadable; not used.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population_table.py" line="279" />
      <source>Baris {row}, tahun {year}: RT kosong; tidak dipakai.</source>
      <translation>Row {row}, year {year}: RT empty; not used.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population_table.py" line="282" />
      <source>Baris {row}, RT {rt} tahun {year}: RW kosong; tidak dipakai.</source>
      <translation>Row {row}, RT {rt} year {year}: RW empty; not used.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population_table.py" line="292" />
      <source>Baris {row}, RT {rt} tahun {year}: kelompok umur '{raw}' tidak dikenal (tulis 0-4, 5-9, ..., 75+); tidak dipakai.</source>
      <translation>Row {row}, RT {rt} year {year}: unknown age group '{raw}' (write 0-4, 5-9, ..., 75+); not used.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population_table.py" line="301" />
      <source>Baris {row}, RT {rt} tahun {year}: jenis kelamin '{raw}' tidak dikenal (tulis L atau P); tidak dipakai.</source>
      <translation>Row {row}, RT {rt} year {year}: unknown sex '{raw}' (write L or P); not used.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population_table.py" line="305" />
      <source>Baris {row}, RT {rt} tahun {year}: jumlah penduduk '{raw}' tidak dipakai ({why}).</source>
      <translation>Row {row}, RT {rt} year {year}: population '{raw}' not used ({why}).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population_table.py" line="334" />
      <source>Baris {row}: duplikat RT {rt} tahun {year}{cell} dari baris {first} dengan jumlah sama; tidak dipakai.</source>
      <translation>Row {row}: duplicate of RT {rt} year {year}{cell} from row {first} with the same count; not used.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/population_table.py" line="340" />
      <source>Baris {row}: RT {rt} tahun {year}{cell} tertulis di baris {rows} dengan jumlah berbeda ({values}); tidak ada yang dipakai, perbaiki tabel.</source>
      <translation>Row {row}: RT {rt} year {year}{cell} is written in rows {rows} with different counts ({values}); none is used, correct the table.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/slum_run.py" line="99" />
      <source>Baseline RT {rt} tanpa RW, padahal nomor RT ini ada di beberapa RW; baris itu dinilai sendiri. Tambahkan kolom rw.</source>
      <translation>Baseline RT {rt} has no RW, but this RT number exists in several RWs; the row is scored on its own. Add an rw column.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/slum_run.py" line="181" />
      <source>Baseline RT {rt}, kolom {column}: '{value}' bukan pilihan yang dikenal ({options}); tidak dipakai.</source>
      <translation>Baseline RT {rt}, column {column}: '{value}' is not a known option ({options}); not used.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/slum_score.py" line="146" />
      <source>Persentase '{nilai}' bukan angka.</source>
      <translation>Percentage '{nilai}' is not a number.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/slum_score.py" line="151" />
      <source>Persentase {persen} di luar 0–100 %; periksa volume dan total.</source>
      <translation>Percentage {persen} outside 0–100 %; check the volume and the total.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/slum_score.py" line="163" />
      <source>Total skor {total} di luar 0–{maks}.</source>
      <translation>Total score {total} outside 0–{maks}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/slum_score.py" line="219" />
      <source>Kode kriteria tidak dikenal: {kode}. Kode yang dikenal: {dikenal}.</source>
      <translation>Unknown criterion code: {kode}. Known codes: {dikenal}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/slum_score.py" line="298" />
      <source>Kolom baseline '{kolom}' muncul lebih dari sekali; dipakai yang pertama.</source>
      <translation>Baseline column '{kolom}' appears more than once; the first is used.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/slum_score.py" line="310" />
      <source>Kolom baseline tidak dikenal dan tidak dipakai: {kolom}.</source>
      <translation>Unknown baseline columns, not used: {kolom}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/slum_score.py" line="320" />
      <source>Kolom baseline '{ada}' ada tetapi '{hilang}' tidak ada; kriteria {kode} tidak dapat dihitung dari baseline.</source>
      <translation>Baseline column '{ada}' is present but '{hilang}' is not; criterion {kode} cannot be computed from the baseline.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/slum_score.py" line="351" />
      <source>Baseline baris {baris}, kolom '{kolom}': '{nilai}' tidak terbaca ({alasan}); kriteria {kode} dianggap tidak ada data.</source>
      <translation>Baseline row {baris}, column '{kolom}': '{nilai}' cannot be read ({alasan}); criterion {kode} counts as having no data.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/slum_score.py" line="359" />
      <source>Baseline baris {baris}, kriteria {kode}: {alasan}; kriteria dianggap tidak ada data.</source>
      <translation>Baseline row {baris}, criterion {kode}: {alasan}; the criterion counts as having no data.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/slum_score.py" line="374" />
      <source>Tabel baseline tidak memiliki kolom 'rt'. Kolom yang ada: {kolom}.</source>
      <translation>The baseline table has no 'rt' column. Columns present: {kolom}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/slum_score.py" line="381" />
      <source>Baseline baris {baris}: RT kosong; baris ini tidak dipakai.</source>
      <translation>Baseline row {baris}: RT empty; this row is not used.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/slum_score.py" line="385" />
      <source>Baseline baris {baris}: RT {rt} sudah ada di baris {baris_pertama}; baris ini tidak dipakai.</source>
      <translation>Baseline row {baris}: RT {rt} is already in row {baris_pertama}; this row is not used.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/slum_survey.py" line="170" />
      <source>Lapisan {lapisan}, kolom {kolom}: nilai '{nilai}' ({jumlah} fitur) tidak ada dalam daftar nilai katalog; fitur itu tidak dihitung.</source>
      <translation>Layer {lapisan}, column {kolom}: value '{nilai}' ({jumlah} features) is not in the catalog's value list; those features are not counted.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/slum_survey.py" line="185" />
      <source>Lapisan {lapisan}, kolom {kolom}: {jumlah} fitur bernilai bukan angka atau negatif; fitur itu tidak dihitung.</source>
      <translation>Layer {lapisan}, column {kolom}: {jumlah} features hold a non-number or a negative number; those features are not counted.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/slum_survey.py" line="200" />
      <source>Lapisan {lapisan} tidak memiliki kolom {kolom}; kriteria {kode} tidak dihitung dari survei.</source>
      <translation>Layer {lapisan} has no column {kolom}; criterion {kode} is not computed from the survey.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/slum_survey.py" line="239" />
      <source>Hasil pemeriksaan aturan bangunan, kolom {kolom}: status '{nilai}' tidak dikenal ({jumlah} bangunan); bangunan itu tidak dihitung.</source>
      <translation>Building rule check result, column {kolom}: unknown status '{nilai}' ({jumlah} buildings); those buildings are not counted.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/slum_survey.py" line="266" />
      <source>Hasil pemeriksaan aturan bangunan tidak memiliki kolom 'rt' atau 'id_bangunan' yang cocok dengan lapisan bangunan; k1b tidak dihitung dari status KDB/KLB.</source>
      <translation>The building rule check result has no 'rt' or 'id_bangunan' column matching the building layer; k1b is not computed from the KDB/KLB status.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/slum_survey.py" line="274" />
      <source>Lapisan {lapisan}: {jumlah} fitur tanpa RT tidak dihitung.</source>
      <translation>Layer {lapisan}: {jumlah} features without an RT are not counted.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/slum_survey.py" line="290" />
      <source>RT {rt}: luas '{luas}' tidak dapat dipakai; kepadatan bangunan per ha tidak dihitung.</source>
      <translation>RT {rt}: area '{luas}' cannot be used; building density per ha is not computed.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/analysis/slum_survey.py" line="304" />
      <source>Ukuran kota (besar/metropolitan atau sedang/kecil) tidak diberikan; kepadatan bangunan per ha (k1b) tidak dinilai.</source>
      <translation>City size (large/metropolitan or medium/small) not given; building density per ha (k1b) is not judged.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/annex/bintan_tables.py" line="115" />
      <source>berkas tabel tidak ditemukan.</source>
      <translation>table file not found.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/annex/bintan_tables.py" line="125" />
      <source>kolom 'Sub Zona' tidak ditemukan (kolom: {header}).</source>
      <translation>column 'Sub Zona' not found (columns: {header}).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/annex/bintan_tables.py" line="197" />
      <source>baris kode sub-zona (mis. BA, R-2, K-1) tidak ditemukan di lembar ITBX.</source>
      <translation>the row of sub-zone codes (e.g. BA, R-2, K-1) was not found in the ITBX sheet.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/annex/bintan_tables.py" line="221" />
      <source>berkas ITBX tidak ditemukan.</source>
      <translation>ITBX file not found.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/annex/bintan_tables.py" line="227" />
      <source>bukan buku kerja Excel (.xlsx) yang dapat dibaca ({error}). Simpan ulang tabel ITBX dari Excel sebagai .xlsx, atau sebagai CSV itbx.csv.</source>
      <translation>not a readable Excel workbook (.xlsx) ({error}). Save the ITBX table from Excel again as .xlsx, or as the CSV itbx.csv.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/annex/bintan_tables.py" line="240" />
      <source>kode sub-zona ganda di baris kode: {codes}.</source>
      <translation>duplicate sub-zone codes in the code row: {codes}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/city_plan.py" line="96" />
      <source>{count} poligon dinormalisasi; pemetaan kolom: {mapping}</source>
      <translation>{count} polygons normalised; field mapping: {mapping}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/city_plan.py" line="99" />
      <source>{count} poligon mendapat nilai aturan dari tabel aturan</source>
      <translation>{count} polygons took their rule values from the rule table</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/city_plan.py" line="101" />
      <source>kode sub-zona tidak ada di tabel aturan (poligon tetap ditulis): {codes}</source>
      <translation>sub-zone codes not in the rule table (polygons still written): {codes}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/city_plan.py" line="104" />
      <source>{count} poligon tanpa kode sub-zona</source>
      <translation>{count} polygons without a sub-zone code</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/city_plan.py" line="106" />
      <source>{count} nilai atribut berbeda dengan tabel aturan (lihat catatan_impor)</source>
      <translation>{count} attribute values differ from the rule table (see catatan_impor)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/city_plan.py" line="109" />
      <source>{count} poligon memiliki catatan_impor</source>
      <translation>{count} polygons have a catatan_impor note</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_table_import.py" line="83" />
      <source>{source} -&gt; {output}: {rows} kegiatan × {zones} sub-zona</source>
      <translation>{source} -&gt; {output}: {rows} activities × {zones} sub-zones</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_table_import.py" line="87" />
      <source>{source} -&gt; {output}: {rows} baris, {codes} kode sub-zona</source>
      <translation>{source} -&gt; {output}: {rows} rows, {codes} sub-zone codes</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_table_import.py" line="94" />
      <source>laporan: {counts}</source>
      <translation>report: {counts}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_table_import.py" line="97" />
      <source>kode sub-zona tidak dikenal: {codes}</source>
      <translation>unknown sub-zone codes: {codes}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_table_import.py" line="99" />
      <source>kode sub-zona tidak dikenal: tidak ada</source>
      <translation>unknown sub-zone codes: none</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_table_import.py" line="113" />
      <source>'{source}' dipetakan ke '{first}' (baris {first_line}) dan ke '{code}' (baris {line}). Sisakan satu kode.</source>
      <translation>'{source}' is mapped to '{first}' (line {first_line}) and to '{code}' (line {line}). Keep one code.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_table_import.py" line="157" />
      <source>berkas bukan teks UTF-8. Simpan ulang sebagai 'CSV UTF-8'.</source>
      <translation>the file is not UTF-8 text. Save it again as 'CSV UTF-8'.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_table_import.py" line="162" />
      <source>format tabel tidak dikenali: perlu kolom 'kode_zona' (format plugin, lihat resources/rules/templates) atau 'Sub Zona' (lampiran RDTR).</source>
      <translation>table format not recognised: it needs a 'kode_zona' column (plugin format, see resources/rules/templates) or 'Sub Zona' (RDTR annex).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_table_import.py" line="187" />
      <source>setelah pemetaan kode, kolom zona ganda: {codes}. Periksa berkas pemetaan kode zona.</source>
      <translation>after code mapping, duplicate zone columns: {codes}. Check the zone code mapping file.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_table_import.py" line="230" />
      <source>tidak ada tabel yang dipilih: isi paling sedikit satu dari tabel intensitas, tata bangunan atau ITBX.</source>
      <translation>no table chosen: give at least one of the intensity, building form or ITBX tables.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_tables.py" line="61" />
      <source>{source} baris {line}, zona {code}: {text}</source>
      <translation>{source} row {line}, zone {code}: {text}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_tables.py" line="63" />
      <source>{source} baris {line}: {text}</source>
      <translation>{source} row {line}: {text}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_tables.py" line="99" />
      <source>kode_zona kosong, baris dilewati</source>
      <translation>kode_zona is empty, row skipped</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_tables.py" line="106" />
      <source>kolom {column}: {problem}</source>
      <translation>column {column}: {problem}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_tables.py" line="109" />
      <source>kolom {column}: '{raw}' dibaca sebagai kosong</source>
      <translation>column {column}: '{raw}' read as empty</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_tables.py" line="112" />
      <source>kolom {column}: '{raw}' {note}</source>
      <translation>column {column}: '{raw}' {note}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_tables.py" line="139" />
      <source>duplikat identik dari baris {line}, diabaikan</source>
      <translation>identical duplicate of row {line}, ignored</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_tables.py" line="141" />
      <source>kode zona ganda dengan aturan berbeda: {conflicts}. Perbaiki tabel agar tiap kode zona (dan jenis/kelas luas) hanya punya satu aturan.</source>
      <translation>duplicate zone codes with different rules: {conflicts}. Fix the table so that each zone code (and variant/lot-size class) has one rule only.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_tables.py" line="159" />
      <source>berkas tabel {label} tidak ditemukan.</source>
      <translation>{label} table file not found.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_tables.py" line="176" />
      <source>tanda kutip (") tidak tertutup atau salah tempat sekitar baris {line} ({reason}); baris sesudahnya akan hilang. Perbaiki tanda kutip di baris itu lalu impor ulang.</source>
      <translation>a quote (") is not closed or misplaced around line {line} ({reason}); the rows after it would be lost. Fix the quote on that line and import again.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_tables.py" line="181" />
      <source>kolom wajib tidak ada: {missing}. Kolom yang ada: {header}. Lihat contoh di resources/rules/templates/.</source>
      <translation>required columns missing: {missing}. Columns present: {header}. See the examples in resources/rules/templates/.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_tables.py" line="226" />
      <source>kegiatan {code}: '{raw}' bukan kode I/T/B/X, dikosongkan</source>
      <translation>activity {code}: '{raw}' is not an I/T/B/X code, left empty</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_tables.py" line="243" />
      <source>kegiatan {code}: duplikat identik dari baris {first}, diabaikan</source>
      <translation>activity {code}: identical duplicate of row {first}, ignored</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_tables.py" line="248" />
      <source>kegiatan ganda dengan ketentuan berbeda: {conflicts}. Perbaiki tabel ITBX agar tiap kode kegiatan hanya punya satu baris.</source>
      <translation>duplicate activities with different provisions: {conflicts}. Fix the ITBX table so that each activity code has one row only.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_tables.py" line="261" />
      <source>kolom zona '{zone}' muncul dua kali.</source>
      <translation>zone column '{zone}' appears twice.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_values.py" line="57" />
      <source>nilai {value} di luar rentang wajar {measure} ({bounds})</source>
      <translation>value {value} outside the plausible range of {measure} ({bounds})</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_values.py" line="71" />
      <source>satuan '{unit}' bukan persen</source>
      <translation>unit '{unit}' is not percent</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_values.py" line="76" />
      <source>bukan pecahan 0–1 (RULE_UNITS = pecahan); tulis '60%' atau ubah RULE_UNITS</source>
      <translation>not a fraction 0–1 (RULE_UNITS = pecahan); write '60%' or change RULE_UNITS</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_values.py" line="80" />
      <source>{value} % tidak wajar; bila pecahan, pilih RULE_UNITS = pecahan</source>
      <translation>{value} % is implausible; if it is a fraction, choose RULE_UNITS = pecahan</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_values.py" line="83" />
      <source>ambigu: 1 % atau pecahan 1 (100 %)? tulis '1%' atau '100%'</source>
      <translation>ambiguous: 1 % or the fraction 1 (100 %)? write '1%' or '100%'</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_values.py" line="84" />
      <source>pecahan dibaca sebagai persen</source>
      <translation>fraction read as percent</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/cityplan/rule_values.py" line="101" />
      <source>satuan '{unit}' tidak cocok untuk {column}</source>
      <translation>unit '{unit}' does not fit {column}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/crs.py" line="24" />
      <source>tidak memiliki sistem koordinat (CRS). Tetapkan CRS yang benar lewat Properti Lapisan &gt; Sumber (mis. EPSG:23834 TM-3 zona 48.2 atau UTM SRGI2013).</source>
      <translation>has no coordinate reference system (CRS). Set the right CRS in Layer Properties &gt; Source (e.g. EPSG:23834 TM-3 zone 48.2 or UTM SRGI2013).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/crs.py" line="29" />
      <source>tidak memiliki geometri yang terisi (semua fitur kosong atau tanpa geometri). Gambar ulang geometrinya atau pilih lapisan lain.</source>
      <translation>has no filled geometry (every feature is empty or has no geometry). Draw the geometries again or choose another layer.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/crs.py" line="34" />
      <source>dinyatakan dalam derajat (CRS geografis) tetapi koordinatnya bernilai meter (mis. x={x}). CRS lapisan kemungkinan salah: tetapkan CRS metrik aslinya (TM-3 atau UTM), jangan memproyeksikan ulang.</source>
      <translation>is declared in degrees (geographic CRS) but its coordinates are metres (e.g. x={x}). The layer's CRS is probably wrong: set its original metric CRS (TM-3 or UTM), do not reproject.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/crs.py" line="39" />
      <source>memakai derajat (CRS geografis), padahal perhitungan luas dan jarak butuh meter. Proyeksikan ulang ke CRS metrik (TM-3 BPN atau UTM SRGI2013), misalnya dengan algoritma 'Reproject layer'.</source>
      <translation>uses degrees (geographic CRS), but areas and distances need metres. Reproject it to a metric CRS (BPN TM-3 or UTM SRGI2013), e.g. with the 'Reproject layer' algorithm.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/crs.py" line="46" />
      <source>dinyatakan dalam meter tetapi koordinatnya tampak dalam derajat (x={x}, y={y}). Tetapkan CRS geografis aslinya (EPSG:4326 atau EPSG:9470), lalu proyeksikan ulang ke CRS metrik.</source>
      <translation>is declared in metres but its coordinates look like degrees (x={x}, y={y}). Set its original geographic CRS (EPSG:4326 or EPSG:9470), then reproject it to a metric CRS.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/crs.py" line="50" />
      <source>memiliki koordinat di luar jangkauan CRS yang dinyatakan; periksa CRS lapisan.</source>
      <translation>has coordinates outside the range of its declared CRS; check the layer's CRS.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/fieldwork/package_record.py" line="50" />
      <source>catatan paket tidak terbaca ({error})</source>
      <translation>the package record cannot be read ({error})</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/fieldwork/package_record.py" line="52" />
      <source>berkas bukan catatan paket kerja PLPBK</source>
      <translation>the file is not a PLPBK field work package record</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/fieldwork/package_record.py" line="54" />
      <source>catatan paket dibuat oleh versi plugin yang lebih baru</source>
      <translation>the package record was made by a newer version of the plugin</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/fieldwork/package_record.py" line="60" />
      <source>catatan paket rusak (kolom wajib kosong atau salah tipe); salin ulang folder paket dari yang dibuat plugin</source>
      <translation>the package record is damaged (a required entry is empty or of the wrong type); copy the package folder again from the one the plugin made</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/fieldwork/package_record.py" line="70" />
      <source>tabel {table} tidak ada</source>
      <translation>table {table} missing</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/fieldwork/package_record.py" line="73" />
      <source>tabel {table} ditambahkan</source>
      <translation>table {table} added</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/fieldwork/package_record.py" line="78" />
      <source>{table}: kolom {name} dihapus</source>
      <translation>{table}: column {name} removed</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/fieldwork/package_record.py" line="80" />
      <source>{table}: kolom {name} ditambahkan</source>
      <translation>{table}: column {name} added</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/fieldwork/package_record.py" line="83" />
      <source>{table}: tipe kolom {name} berubah ({old} → {new})</source>
      <translation>{table}: type of column {name} changed ({old} → {new})</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/publicreview/comments.py" line="125" />
      <source>Baris {row}: {role} '{value}' tidak ada di daftar nilai; disimpan seperti tertulis.</source>
      <translation>Row {row}: {role} '{value}' is not in the value list; stored as written.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/publicreview/comments.py" line="142" />
      <source>tabel masukan tidak punya kolom isi masukan (isi_masukan, komentar, masukan). Kolom yang ada: {found}.</source>
      <translation>the comment table has no comment column (isi_masukan, komentar, masukan). Columns present: {found}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/publicreview/comments.py" line="151" />
      <source>Baris {row}: isi masukan kosong; baris tidak diimpor.</source>
      <translation>Row {row}: the comment is empty; row not imported.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/publicreview/comments.py" line="189" />
      <source>Baris {row}: masukan disimpan tanpa titik ({why}); tempatkan titiknya di peta.</source>
      <translation>Row {row}: comment stored without a point ({why}); place its point on the map.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/publicreview/sheet_qr.py" line="108" />
      <source>kode QR '{text}' bukan kode lembar PLPBK</source>
      <translation>QR code '{text}' is not a PLPBK sheet code</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/publicreview/sheet_qr.py" line="118" />
      <source>kode QR lembar PLPBK rusak ({detail})</source>
      <translation>damaged PLPBK sheet QR code ({detail})</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/publicreview/sheet_qr.py" line="120" />
      <source>kode QR lembar PLPBK rusak (skala {scale}, tanggal {date})</source>
      <translation>damaged PLPBK sheet QR code (scale {scale}, date {date})</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/publicreview/sheet_scan.py" line="27" />
      <source>kanan atas</source>
      <translation>top right</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/publicreview/sheet_scan.py" line="27" />
      <source>kanan bawah</source>
      <translation>bottom right</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/publicreview/sheet_scan.py" line="27" />
      <source>kiri bawah</source>
      <translation>bottom left</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/publicreview/sheet_scan.py" line="28" />
      <source>tengah bawah</source>
      <translation>bottom center</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/publicreview/sheet_scan.py" line="28" />
      <source>tengah kanan</source>
      <translation>center right</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/publicreview/sheet_scan.py" line="29" />
      <source>kiri atas</source>
      <translation>top left</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/publicreview/sheet_scan.py" line="132" />
      <source>penanda sudut {ids} terlihat lebih dari sekali: foto memuat lebih dari satu lembar. Foto setiap lembar sendiri-sendiri.</source>
      <translation>corner markers {ids} are seen more than once: the photo holds more than one sheet. Photograph each sheet on its own.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/publicreview/sheet_scan.py" line="141" />
      <source>penanda sudut tidak cocok dengan tata letak lembar uji publik. Foto ulang seluruh lembar yang rata, keempat sudut terlihat.</source>
      <translation>the corner markers do not match the public-review sheet layout. Photograph the whole sheet again, flat, with all four corners visible.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/publicreview/sheet_scan.py" line="145" />
      <source>penanda sudut lembar (kotak hitam-putih di sudut) tidak ditemukan. Foto ulang seluruh lembar, semua sudut terlihat, cukup terang dan tajam; lembar harus dicetak dari album varian uji publik versi ini (cetak ulang lembar lama).</source>
      <translation>the sheet's corner markers (black-and-white squares in the corners) were not found. Photograph the whole sheet again, all corners visible, bright enough and sharp; the sheet must be printed from this version's public-review album variant (print old sheets again).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/publicreview/sheet_scan.py" line="150" />
      <source>hanya {n} dari {total} penanda sudut ditemukan (tidak terlihat: {missing}); perlu paling sedikit {needed}. Foto ulang seluruh lembar tanpa tertutup tangan, bayangan, atau lipatan.</source>
      <translation>only {n} of {total} corner markers found (not visible: {missing}); at least {needed} are needed. Photograph the whole sheet again, not covered by hands, shadows or folds.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/publicreview/sheet_scan.py" line="164" />
      <source>lembar {sheet} dicetak dengan kode QR lama yang tidak memuat georeferensi. Cetak ulang album uji publik dengan versi plugin ini.</source>
      <translation>sheet {sheet} was printed with an old QR code that holds no georeference. Print the public-review album again with this version of the plugin.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/publicreview/sheet_scan.py" line="169" />
      <source>kode QR lembar (di kotak catatan warga) tidak terbaca atau tertutup. Foto ulang dengan kode QR terlihat utuh dan tajam, tanpa coretan di atasnya.</source>
      <translation>the sheet's QR code (in the residents' notes box) is unreadable or covered. Take the photo again with the QR code whole and sharp, with no writing over it.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/publicreview/sheet_scan.py" line="172" />
      <source>kode QR menyebut lembar {expected} tetapi penanda sudutnya milik lembar {found}: templat lembar diubah? Cetak ulang dari templat bawaan.</source>
      <translation>the QR code names sheet {expected} but its corner markers belong to sheet {found}: was the sheet template changed? Print again from the built-in template.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/publicreview/sheet_scan.py" line="180" />
      <source>penanda sudut tidak sebidang (selisih hingga {mm} mm di kertas): lembar terlipat atau melengkung? Ratakan lembar dan foto ulang bila gambar tidak pas dengan peta.</source>
      <translation>the corner markers are not in one plane (up to {mm} mm off on paper): is the sheet folded or curled? Flatten the sheet and photograph it again if the image does not fit the map.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/publicreview/sheet_scan.py" line="201" />
      <source>lembar {sheet} ({kelurahan}) bukan dari album ini ({album}, tanggal cetak {dates}). Pilih manifest.json album lembar ini, atau impor foto album lain secara terpisah.</source>
      <translation>sheet {sheet} ({kelurahan}) is not from this album ({album}, printed {dates}). Choose the manifest.json of this sheet's album, or import the photos of the other album separately.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/report/content.py" line="146" />
      <source>bukan hasil pemeriksaan kesesuaian: kolom {columns} tidak ada. Pilih lapisan keluaran 'Periksa bangunan terhadap aturan zona' (persil/bangunan) atau 'Periksa kesesuaian rencana (RTPLP) dengan rencana kota' (blok rencana).</source>
      <translation>not a conformance check result: columns {columns} are missing. Choose an output layer of 'Check buildings against the zone rules' (plots/buildings) or 'Check the plan (RTPLP) against the city plan' (plan blocks).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/report/content.py" line="153" />
      <source>kolom 'status' tidak berisi SESUAI / MELANGGAR / PERLU_CEK / TIDAK_DICEK. Pilih lapisan keluaran pemeriksaan kesesuaian.</source>
      <translation>column 'status' holds no SESUAI / MELANGGAR / PERLU_CEK / TIDAK_DICEK. Choose an output layer of a conformance check.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/report/inputs.py" line="48" />
      <source>laporan JSON tidak dapat dibaca ({error}). Pilih berkas REPORT keluaran pemeriksaan, atau kosongkan.</source>
      <translation>the JSON report cannot be read ({error}). Choose the REPORT file of a check, or leave it empty.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/report/inputs.py" line="51" />
      <source>bukan laporan JSON pemeriksaan kesesuaian (tidak ada 'ringkasan'). Pilih berkas REPORT keluaran pemeriksaan, atau kosongkan.</source>
      <translation>not a conformance check JSON report (no 'ringkasan'). Choose the REPORT file of a check, or leave it empty.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/survey/work_areas.py" line="49" />
      <source>jumlah wilayah kerja harus paling sedikit 1 (COUNT = {count}).</source>
      <translation>the number of work areas must be at least 1 (COUNT = {count}).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/survey/work_areas.py" line="51" />
      <source>hanya {n} bangunan untuk {count} wilayah kerja: kurangi COUNT atau pakai metode RT/RW.</source>
      <translation>only {n} buildings for {count} work areas: lower COUNT or use the RT/RW method.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/survey/work_areas.py" line="97" />
      <source>basis data survei tidak punya poligon {unit}: gambar batas {unit} atau pakai metode seimbang.</source>
      <translation>the survey database has no {unit} polygons: draw the {unit} boundaries or use the balanced method.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/table_files.py" line="32" />
      <source>format Excel lama (.xls) tidak dibaca. Simpan ulang sebagai .xlsx atau CSV UTF-8.</source>
      <translation>the old Excel format (.xls) is not read. Save it again as .xlsx or UTF-8 CSV.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/table_files.py" line="48" />
      <source>berkas tabel kosong.</source>
      <translation>the table file is empty.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/table_files.py" line="67" />
      <source>pustaka openpyxl tidak terpasang: simpan tabel {label} sebagai CSV.</source>
      <translation>the openpyxl library is not installed: save the {label} table as CSV.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/table_files.py" line="72" />
      <source>bukan buku kerja Excel yang dapat dibaca ({reason}). Simpan ulang sebagai .xlsx atau CSV UTF-8.</source>
      <translation>not a readable Excel workbook ({reason}). Save it again as .xlsx or UTF-8 CSV.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/table_files.py" line="88" />
      <source>buku kerja tidak berisi tabel.</source>
      <translation>the workbook holds no table.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/table_files.py" line="97" />
      <source>kolom {columns} muncul dua kali di baris judul. Beri nama yang berbeda.</source>
      <translation>columns {columns} appear twice in the header row. Give them different names.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/table_files.py" line="104" />
      <source>baris {line} berisi {found} sel, lebih banyak dari {width} kolom judul. Periksa pemisah kolom atau tanda kutip di baris itu.</source>
      <translation>row {line} holds {found} cells, more than the {width} header columns. Check the column separator or the quotes on that row.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/values.py" line="73" />
      <source>'{raw}': {note}</source>
      <translation>'{raw}': {note}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/values.py" line="105" />
      <source>bukan angka</source>
      <translation>not a number</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/values.py" line="112" />
      <source>pemisah ribuan/desimal tidak konsisten</source>
      <translation>inconsistent thousands/decimal separators</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/values.py" line="119" />
      <source>pemisah ribuan tidak konsisten</source>
      <translation>inconsistent thousands separators</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/values.py" line="123" />
      <source>ambigu: '{separator}' bisa pemisah ribuan atau desimal; tulis '{plain}' atau '{decimal}'</source>
      <translation>ambiguous: '{separator}' may be a thousands or a decimal separator; write '{plain}' or '{decimal}'</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/values.py" line="141" />
      <source>teks tambahan tidak dikenal: '{text}'</source>
      <translation>unknown extra text: '{text}'</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/values.py" line="146" />
      <source>nilai ya/tidak, bukan angka</source>
      <translation>a yes/no value, not a number</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/values.py" line="164" />
      <source>kata '{word}' diabaikan</source>
      <translation>word '{word}' ignored</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/values.py" line="167" />
      <source>nilai perkiraan, bukan nilai pasti</source>
      <translation>an approximate value, not an exact one</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/values.py" line="188" />
      <source>rentang nilai, bukan satu nilai</source>
      <translation>a range of values, not one value</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/values.py" line="191" />
      <source>hanya batas bawah, nilai pasti tidak diketahui</source>
      <translation>only a lower bound, the exact value is unknown</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/values.py" line="193" />
      <source>hanya batas atas, nilai pasti tidak diketahui</source>
      <translation>only an upper bound, the exact value is unknown</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/values.py" line="195" />
      <source>tidak dapat dibaca sebagai angka</source>
      <translation>cannot be read as a number</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/values.py" line="213" />
      <source>satuan '{unit}' bukan jumlah lantai</source>
      <translation>unit '{unit}' is not a number of floors</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/values.py" line="216" />
      <source>jumlah lantai bukan bilangan bulat</source>
      <translation>number of floors is not a whole number</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/values.py" line="218" />
      <source>jumlah lantai kurang dari 1</source>
      <translation>number of floors is less than 1</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/core/values.py" line="220" />
      <source>jumlah lantai lebih dari {limit}, tidak wajar</source>
      <translation>more than {limit} floors, implausible</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/album.py" line="38" />
      <source>Sumber data: survei Pemetaan Swadaya (pokja/TIPP), peta dasar 1:1000 (BPN/BIG/citra), RTRW/RDTR kota</source>
      <translation>Data sources: Pemetaan Swadaya survey (pokja/TIPP), 1:1000 base map (BPN/BIG/imagery), city RTRW/RDTR</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/album.py" line="40" />
      <source>TIPP dan TAPP Kelurahan (PLPBK)</source>
      <translation>Kelurahan TIPP and TAPP (PLPBK)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/album.py" line="65" />
      <source>kolom nomor_lembar tidak ada. Buat indeks lembar dengan 'Buat indeks lembar peta'.</source>
      <translation>column nomor_lembar is missing. Create a sheet index with 'Create map sheet index'.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/album.py" line="90" />
      <source>nomor_lembar kosong pada fitur {ids}. Isi nomor setiap lembar (nomor itu menjadi ID lembar uji publik).</source>
      <translation>nomor_lembar is empty on feature(s) {ids}. Fill in every sheet's number (it becomes the uji publik sheet ID).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/album.py" line="95" />
      <source>nomor_lembar ganda: {pairs}. Setiap lembar perlu nomor sendiri (nomor itu menjadi ID lembar uji publik).</source>
      <translation>nomor_lembar used twice: {pairs}. Every sheet needs its own number (it becomes the uji publik sheet ID).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/album.py" line="100" />
      <source>indeks lembar tidak berisi lembar.</source>
      <translation>the sheet index contains no sheets.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/album.py" line="176" />
      <source>(nama kelurahan)</source>
      <translation>(kelurahan name)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/album.py" line="178" />
      <source>Sistem koordinat: </source>
      <translation>Coordinate system: </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/album.py" line="179" />
      <source>; satuan meter</source>
      <translation>; units: meters</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/album.py" line="179" />
      <source>Datum: </source>
      <translation>Datum: </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/album.py" line="217" />
      <source>berkas tidak dapat ditulis (folder hanya-baca, penuh, atau berkas sedang dibuka program lain)</source>
      <translation>the file cannot be written (read-only or full folder, or the file is open in another program)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/album.py" line="219" />
      <source>memori tidak cukup untuk halaman ini</source>
      <translation>not enough memory for this page</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/album.py" line="220" />
      <source>pencetakan PDF gagal</source>
      <translation>PDF printing failed</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/album.py" line="221" />
      <source>atlas lembar tidak dapat dijalankan</source>
      <translation>the sheet atlas cannot run</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/album.py" line="222" />
      <source>ekspor PDF gagal: {reason}. Pilih folder keluaran yang dapat ditulis, tutup PDF lama yang sedang dibuka, lalu ulangi.</source>
      <translation>PDF export failed: {reason}. Choose a writable output folder, close an old PDF that is open, and try again.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/album.py" line="250" />
      <source>kode peta tidak dikenal: </source>
      <translation>unknown map code: </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/album.py" line="251" />
      <source>. Pilih dari katalog: </source>
      <translation>. Choose from the catalog: </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/album.py" line="280" />
      <source>dibatalkan oleh pengguna.</source>
      <translation>canceled by the user.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/album.py" line="284" />
      <source>{map}: lapisan tanpa data di basis data survei: {layers}. Peta dicetak tanpa isi lapisan itu.</source>
      <translation>{map}: layers without data in the survey database: {layers}. The map is printed without them.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/album.py" line="295" />
      <source>{map}: legenda tidak muat di bingkainya dan terpotong. Pakai kertas A1 atau templat dengan bingkai legenda lebih tinggi.</source>
      <translation>{map}: the legend does not fit its frame and is cut off. Use A1 paper or a template with a taller legend frame.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="56" />
      <source>templat tata letak tidak dapat dibaca: </source>
      <translation>the layout template cannot be read: </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="59" />
      <source>templat bukan berkas .qpt QGIS yang sah.</source>
      <translation>the template is not a valid QGIS .qpt file.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="65" />
      <source>templat tidak memiliki peta dengan ID item 'peta'. Beri ID 'peta' pada peta utama di perancang tata letak.</source>
      <translation>the template has no map with item ID 'peta'. Give the main map the ID 'peta' in the layout designer.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="152" />
      <source>Skala </source>
      <translation>Scale </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="219" />
      <source>indeks lembar kosong.</source>
      <translation>the sheet index is empty.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="230" />
      <source>untuk peta ini pada lembar ini</source>
      <translation>for this map on this sheet</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="230" />
      <source>DATA BELUM TERSEDIA</source>
      <translation>NO DATA YET</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="270" />
      <source>ID lembar</source>
      <translation>Sheet ID</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="297" />
      <source>peta {code} bagian {part} dari {parts}</source>
      <translation>map {code} part {part} of {parts}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="302" />
      <source>ALBUM PETA UJI PUBLIK</source>
      <translation>PUBLIC REVIEW MAP ALBUM</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="302" />
      <source>ALBUM PETA TEMATIK</source>
      <translation>THEMATIC MAP ALBUM</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="303" />
      <source> — DATA CONTOH (sintetis)</source>
      <translation> — SAMPLE DATA (synthetic)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="305" />
      <source>Kode: </source>
      <translation>Code: </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="306" />
      <source>Kelurahan </source>
      <translation>Kelurahan </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="315" />
      <source>Kecamatan </source>
      <translation>Kecamatan </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="318" />
      <source>Kawasan prioritas: </source>
      <translation>Priority area: </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="319" />
      <source>Wilayah: seluruh kelurahan</source>
      <translation>Area: whole kelurahan</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="321" />
      <source>Lembar </source>
      <translation>Sheet </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="322" />
      <source>dari </source>
      <translation>of </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="322" />
      <source>halaman </source>
      <translation>page </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="324" />
      <source>Grid koordinat setiap </source>
      <translation>Coordinate grid every </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="326" />
      <source>Tanggal cetak: </source>
      <translation>Print date: </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="327" />
      <source>Dibuat oleh: </source>
      <translation>Prepared by: </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="328" />
      <source>PENGESAHAN (diisi setelah uji publik)</source>
      <translation>APPROVAL (to be completed after the public review)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="329" />
      <source>PENGESAHAN</source>
      <translation>APPROVAL</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="330" />
      <source>Tanggal: ...............................</source>
      <translation>Date: ...............................</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="331" />
      <source>Lurah </source>
      <translation>Lurah of </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/builder.py" line="332" />
      <source>Koordinator BKM/LKM</source>
      <translation>BKM/LKM Coordinator</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/layouts/map_data.py" line="28" />
      <source>GeoPackage tidak dapat dibuka. Periksa jalur berkas.</source>
      <translation>The GeoPackage cannot be opened. Check the file path.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/plugin.py" line="55" />
      <source>PLPBK</source>
      <translation>PLPBK</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/plugin.py" line="57" />
      <source>Alat Processing PLPBK</source>
      <translation>PLPBK Processing tools</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/plugin.py" line="58" />
      <source>Buka daftar algoritma PLPBK di Processing Toolbox</source>
      <translation>Open the list of PLPBK algorithms in the Processing Toolbox</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/plugin.py" line="59" />
      <source>Periksa pustaka Python</source>
      <translation>Check Python libraries</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/plugin.py" line="60" />
      <source>Tampilkan pustaka Python yang dibutuhkan plugin</source>
      <translation>Show the Python libraries the plugin needs</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/plugin.py" line="61" />
      <source>Tentang PLPBK</source>
      <translation>About PLPBK</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/plugin.py" line="61" />
      <source>Tentang plugin PLPBK</source>
      <translation>About the PLPBK plugin</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/plugin.py" line="100" />
      <source>pustaka Python belum lengkap ({names}). Algoritma PLPBK belum dapat dijalankan.</source>
      <translation>Python libraries missing ({names}). PLPBK algorithms cannot run yet.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/plugin.py" line="107" />
      <source>Rincian dan cara memasang</source>
      <translation>Details and how to install</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/plugin.py" line="137" />
      <source>PLPBK — pustaka Python</source>
      <translation>PLPBK — Python libraries</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/plugin.py" line="144" />
      <source>PLPBK: Penataan Lingkungan Permukiman Berbasis Komunitas.
Basis data Pemetaan Swadaya, impor peta dasar dan rencana kota, pemeriksaan KDB/KLB/KDH/GSB/tinggi/ITBX dan album peta 1:1000 untuk uji publik.</source>
      <translation>PLPBK: Penataan Lingkungan Permukiman Berbasis Komunitas (community-based settlement planning).
Pemetaan Swadaya (community self-mapping) database, base map and city plan import, KDB/KLB/KDH/GSB/height/ITBX checks and 1:1000 map albums for the public review (uji publik).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/plugin.py" line="147" />
      <source>Versi {version}</source>
      <translation>Version {version}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/plugin.py" line="148" />
      <source>Situs: {url}</source>
      <translation>Website: {url}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/plugin.py" line="149" />
      <source>Laporkan masalah: {url}</source>
      <translation>Report a problem: {url}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/hazard_exposure.py" line="50" />
      <source>Keterpaparan bencana dan akses pemadam kebakaran</source>
      <translation>Hazard exposure and fire-truck access</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/hazard_exposure.py" line="53" />
      <source>Untuk setiap lapisan zona bahaya (banjir, rob, rawan kebakaran, longsor, gempa, tsunami: lapisan rawan_bencana basis data survei atau lapisan poligon lain dengan kolom jenis dan tingkat) dan setiap RT (kode pedoman A3a–A3c, R07): jumlah bangunan, luas lantai, KK, KK miskin dan fasilitas umum di dalamnya per tingkat bahaya.

Bangunan terpapar bila tapaknya masuk zona paling sedikit 1 m² (bersinggungan di tepi saja tidak); bangunan di dua tingkat memakai tingkat tertinggi; bangunan masuk RT yang memuat titik representatifnya.

Akses pemadam: bangunan terjangkau bila jalan selebar paling sedikit 3,5 m (mobil pemadam) atau hidran berada dalam 50 m; jalan tanpa lebar yang terbaca tidak dihitung sebagai jalan mobil pemadam dan dilaporkan. Hasil per RT dan per bangunan; bila diminta ditulis ke lapisan paparan_bencana_rt dan paparan_bangunan basis data survei (peta R07).</source>
      <translation>For every hazard-zone layer (flood, tidal flood, fire-prone, landslide, earthquake, tsunami: the survey database's rawan_bencana layer or any polygon layer with type and level columns) and every RT (guideline codes A3a–A3c, R07): buildings, floor area, households, poor households and public facilities inside, per hazard level.

A building is exposed when at least 1 m² of its footprint lies in a zone (touching the edge only is not); a building across two levels takes the higher one; a building belongs to the RT holding its representative point.

Fire access: a building is reached when a road at least 3.5 m wide (fire truck) or a hydrant lies within 50 m; a road without a readable width is not a fire-truck road and is reported. Output per RT and per building; on request written to the survey database's paparan_bencana_rt and paparan_bangunan layers (map R07).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/hazard_exposure.py" line="68" />
      <source>GeoPackage basis data survei</source>
      <translation>Survey database GeoPackage</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/hazard_exposure.py" line="71" />
      <source>Lapisan zona bahaya (kosong = rawan_bencana basis data)</source>
      <translation>Hazard-zone layers (empty = the database's rawan_bencana)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/hazard_exposure.py" line="74" />
      <source>Kolom jenis bencana (lapisan tanpa kolom ini: nama lapisannya)</source>
      <translation>Hazard type field (a layer without it: its name)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/hazard_exposure.py" line="77" />
      <source>Kolom tingkat bahaya/risiko</source>
      <translation>Hazard/risk level field</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/hazard_exposure.py" line="79" />
      <source>Bangunan (kosong = bangunan basis data)</source>
      <translation>Buildings (empty = the database's bangunan)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/hazard_exposure.py" line="82" />
      <source>Jalan (kosong = jalan basis data)</source>
      <translation>Roads (empty = the database's jalan)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/hazard_exposure.py" line="84" />
      <source>Kolom lebar jalan (m)</source>
      <translation>Road width field (m)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/hazard_exposure.py" line="86" />
      <source>Hidran kebakaran (titik, opsional)</source>
      <translation>Fire hydrants (points, optional)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/hazard_exposure.py" line="88" />
      <source>Lebar jalan minimum mobil pemadam (m)</source>
      <translation>Minimum road width for fire trucks (m)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/hazard_exposure.py" line="89" />
      <source>Jarak maksimum ke jalan/hidran (m)</source>
      <translation>Maximum distance to a road/hydrant (m)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/hazard_exposure.py" line="90" />
      <source>Luas tapak minimum di zona agar terpapar (m²)</source>
      <translation>Minimum footprint area in a zone to be exposed (m²)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/hazard_exposure.py" line="94" />
      <source>Tulis hasil ke lapisan paparan_bencana_rt dan paparan_bangunan basis data (peta R07)</source>
      <translation>Write the results to the database's paparan_bencana_rt and paparan_bangunan layers (map R07)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/hazard_exposure.py" line="97" />
      <source>Keterpaparan per RT, bencana dan tingkat</source>
      <translation>Exposure per RT, hazard and level</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/hazard_exposure.py" line="99" />
      <source>Keterpaparan dan akses pemadam per bangunan</source>
      <translation>Exposure and fire access per building</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/hazard_exposure.py" line="114" />
      <source>pilih lapisan bangunan atau basis data survei yang berisi bangunan.</source>
      <translation>choose a building layer or a survey database holding buildings.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/hazard_exposure.py" line="146" />
      <source>{exposed} dari {total} bangunan di kawasan rawan; {far} tanpa akses pemadam.</source>
      <translation>{exposed} of {total} buildings in hazard zones; {far} without fire-truck access.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/hazard_exposure.py" line="184" />
      <source>pilih lapisan zona bahaya, atau basis data survei dengan lapisan rawan_bencana.</source>
      <translation>choose hazard-zone layers, or a survey database with a rawan_bencana layer.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/population_projection.py" line="23" />
      <source>geometrik: Pt = P0 (1 + r)^t</source>
      <translation>geometric: Pt = P0 (1 + r)^t</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/population_projection.py" line="23" />
      <source>aritmatika: Pt = P0 (1 + r t)</source>
      <translation>arithmetic: Pt = P0 (1 + r t)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/population_projection.py" line="24" />
      <source>eksponensial: Pt = P0 e^(r t)</source>
      <translation>exponential: Pt = P0 e^(r t)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/population_projection.py" line="52" />
      <source>Proyeksi penduduk dan kepadatan per RT</source>
      <translation>Population projection and density per RT</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/population_projection.py" line="55" />
      <source>Proyeksi jumlah penduduk per RT untuk jangka rencana 5 tahun (kode pedoman A1a, A1b) dari tabel penduduk (CSV/XLSX atau lapisan): bentuk panjang (rt, rw, tahun, jumlah) atau lebar (penduduk_2015, penduduk_2020 …), boleh per kelompok umur 5 tahunan dan jenis kelamin seperti tabel BPS.

Metode geometrik, aritmatika atau eksponensial; laju r dihitung per RT dari dua tahun sensus terakhir, atau diberikan (% per tahun). Dengan tabel rasio ketahanan hidup dan angka kelahiran kasar (per 1000 penduduk per tahun), kelompok umur digeser tiap 5 tahun (model komponen kohort).

Kepadatan bruto = jiwa per ha luas RT; kepadatan netto = jiwa per ha lahan permukiman (persil berisi rumah tinggal di basis data survei). Hasil per RT (poligon RT bila ada) dan tabel per tahun; bila diminta, ditulis juga ke lapisan proyeksi_penduduk_rt basis data survei untuk peta A1. Setiap baris tabel dipakai atau dilaporkan.</source>
      <translation>Population per RT over the 5-year plan (guideline codes A1a, A1b) from a population table (CSV/XLSX or a layer): long form (rt, rw, tahun, jumlah) or wide form (penduduk_2015, penduduk_2020 …), optionally by 5-year age group and sex as BPS tables give them.

Geometric, arithmetic or exponential growth; the rate r is computed per RT from the two latest census years, or given (% per year). With a survival-ratio table and a crude birth rate (per 1000 population per year) the age groups are shifted every 5 years (cohort-component model).

Gross density = people per ha of RT area; net density = people per ha of residential land (parcels holding a dwelling in the survey database). Output per RT (RT polygons when there are) and a table per year; on request also written to the survey database's proyeksi_penduduk_rt layer for map A1. Every table row is used or reported.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/population_projection.py" line="71" />
      <source>GeoPackage basis data survei (RT, persil, bangunan)</source>
      <translation>Survey database GeoPackage (RT, parcels, buildings)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/population_projection.py" line="74" />
      <source>Tabel penduduk (CSV/XLSX)</source>
      <translation>Population table (CSV/XLSX)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/population_projection.py" line="77" />
      <source>… atau lapisan/tabel penduduk</source>
      <translation>… or a population layer/table</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/population_projection.py" line="80" />
      <source>Tahun dasar (0 = tahun terakhir di tabel)</source>
      <translation>Base year (0 = the latest year in the table)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/population_projection.py" line="83" />
      <source>Jangka proyeksi (tahun)</source>
      <translation>Projection horizon (years)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/population_projection.py" line="86" />
      <source>Metode</source>
      <translation>Method</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/population_projection.py" line="88" />
      <source>Laju pertumbuhan (% per tahun; kosong = dari dua tahun sensus)</source>
      <translation>Growth rate (% per year; empty = from two census years)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/population_projection.py" line="91" />
      <source>Tabel rasio ketahanan hidup 5 tahunan (model kohort)</source>
      <translation>5-year survival-ratio table (cohort model)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/population_projection.py" line="93" />
      <source>Angka kelahiran kasar (per 1000 penduduk per tahun, model kohort)</source>
      <translation>Crude birth rate (per 1000 population per year, cohort model)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/population_projection.py" line="97" />
      <source>Poligon RT (kosong = tabel rt basis data)</source>
      <translation>RT polygons (empty = the database's rt table)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/population_projection.py" line="99" />
      <source>Kolom nomor RT</source>
      <translation>RT number field</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/population_projection.py" line="101" />
      <source>Kolom nomor RW</source>
      <translation>RW number field</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/population_projection.py" line="107" />
      <source>Tulis hasil ke lapisan proyeksi_penduduk_rt basis data (peta A1)</source>
      <translation>Write the result to the database's proyeksi_penduduk_rt layer (map A1)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/population_projection.py" line="109" />
      <source>Proyeksi dan kepadatan per RT</source>
      <translation>Projection and density per RT</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/population_projection.py" line="111" />
      <source>Proyeksi per tahun (tabel)</source>
      <translation>Projection per year (table)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/population_projection.py" line="128" />
      <source>Tabel penduduk: {used} dari {total} angka dipakai, {reported} dilaporkan.</source>
      <translation>Population table: {used} of {total} numbers used, {reported} reported.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/population_projection.py" line="166" />
      <source>pilih tabel penduduk (CSV/XLSX) atau lapisan penduduk.</source>
      <translation>choose a population table (CSV/XLSX) or a population layer.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/slum_assessment.py" line="24" />
      <source>tidak diketahui (kepadatan bangunan per ha tidak dinilai)</source>
      <translation>unknown (building density per ha not judged)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/slum_assessment.py" line="25" />
      <source>kota metropolitan / besar (≥ 250 unit/ha)</source>
      <translation>metropolitan / large city (≥ 250 units/ha)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/slum_assessment.py" line="26" />
      <source>kota sedang / kecil (≥ 200 unit/ha)</source>
      <translation>medium / small city (≥ 200 units/ha)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/slum_assessment.py" line="55" />
      <source>Penilaian tingkat kekumuhan per RT (Permen PUPR 14/2018)</source>
      <translation>Slum assessment per RT (PUPR regulation 14/2018)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/slum_assessment.py" line="58" />
      <source>Skor kekumuhan per RT menurut Peraturan Menteri PUPR No. 14/PRT/M/2018 (kriteria KOTAKU): 7 aspek, 16 kriteria k1a … k7b. Persentase yang tidak memenuhi tiap kriteria menjadi skor 76–100 % → 5, 51–75 % → 3, 25–50 % → 1, di bawah 25 % → 0 (masuk pita sejak batas bawah yang tertulis: 75,5 % → 3); total 60–80 kumuh berat, 38–59 sedang, 16–37 ringan, di bawah 16 tidak kumuh. Kriteria per aspek: Permen PUPR 14/PRT/M/2018 (ilustrasinya di Lampiran I); pita skor dan ambang kelas: format penilaian baseline KOTAKU (rujukan pasal di core/analysis/slum_criteria.py).

Sumber: lapisan survei (bangunan, jalan, drainase, air minum, sanitasi; hasil 'Periksa bangunan terhadap aturan' untuk KDB/KLB) dan/atau tabel baseline KOTAKU per RT (CSV/XLSX: rt, rw, [kode]_volume, [kode]_total; juga nilai_strategis, kependudukan, sosial_ekonomi_budaya, legalitas lahan) yang mengisi kekosongan. Setiap skor menyebut sumbernya; kriteria tanpa data ditulis 'tidak ada data', tidak pernah 0, dan tingkat kekumuhan lalu ditulis sebagai rentang. Pertimbangan non-fisik dicatat terpisah dari skor fisik.

Keluaran: poligon RT (atau tabel), ringkasan PDF, dan lapisan skor_kumuh basis data survei untuk peta R05K.</source>
      <translation>Slum score per RT by PUPR Minister Regulation No. 14/PRT/M/2018 (KOTAKU criteria): 7 aspects, 16 criteria k1a … k7b. The share failing each criterion becomes its score 76–100 % → 5, 51–75 % → 3, 25–50 % → 1, below 25 % → 0 (a band starts at its written lower bound: 75.5 % → 3); total 60–80 heavy slum, 38–59 medium, 16–37 light, below 16 not a slum. Criteria per aspect: PUPR regulation 14/PRT/M/2018 (illustrated in its Annex I); score bands and class thresholds: the KOTAKU baseline assessment format (article references in core/analysis/slum_criteria.py).

Sources: the survey layers (buildings, roads, drainage, drinking water, sanitation; the result of 'Check buildings against rules' for KDB/KLB) and/or a KOTAKU baseline table per RT (CSV/XLSX: rt, rw, &lt;code&gt;_volume, &lt;code&gt;_total; also nilai_strategis, kependudukan, sosial_ekonomi_budaya, land legality) filling the gaps. Every score names its source; a criterion without data says 'tidak ada data', never 0, and the slum level is then given as a range. Non-physical considerations are kept apart from the physical score.

Outputs: RT polygons (or a table), a PDF summary, and the survey database's skor_kumuh layer for map R05K.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/slum_assessment.py" line="80" />
      <source>Tabel baseline KOTAKU per RT (CSV/XLSX)</source>
      <translation>KOTAKU baseline table per RT (CSV/XLSX)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/slum_assessment.py" line="83" />
      <source>Hasil 'Periksa bangunan terhadap aturan' (bangunan, untuk k1b)</source>
      <translation>Result of 'Check buildings against rules' (buildings, for k1b)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/slum_assessment.py" line="86" />
      <source>Ukuran kota (ambang kepadatan bangunan k1b)</source>
      <translation>City size (building density threshold of k1b)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/slum_assessment.py" line="89" />
      <source>Nama kelurahan / kawasan di ringkasan</source>
      <translation>Kelurahan / area name on the summary</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/slum_assessment.py" line="91" />
      <source>Tulis hasil ke lapisan skor_kumuh basis data (peta R05K)</source>
      <translation>Write the result to the database's skor_kumuh layer (map R05K)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/slum_assessment.py" line="93" />
      <source>Skor kekumuhan per RT</source>
      <translation>Slum score per RT</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/slum_assessment.py" line="95" />
      <source>Ringkasan (PDF)</source>
      <translation>Summary (PDF)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/slum_assessment.py" line="118" />
      <source>pilih basis data survei, tabel baseline KOTAKU, atau keduanya.</source>
      <translation>choose a survey database, a KOTAKU baseline table, or both.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/slum_assessment.py" line="154" />
      <source>RT {rt}: total {total}, {level}</source>
      <translation>RT {rt}: total {total}, {level}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/slum_assessment.py" line="156" />
      <source>belum pasti ({low} – {high}), kriteria tanpa data: {missing}</source>
      <translation>not decided ({low} – {high}), criteria without data: {missing}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/analysis/slum_assessment.py" line="169" />
      <source>Ringkasan: {path} ({pages} halaman).</source>
      <translation>Summary: {path} ({pages} pages).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="62" />
      <source>Periksa bangunan terhadap aturan (KDB, KLB, KDH, GSB, tinggi, ITBX)</source>
      <translation>Check buildings against rules (KDB, KLB, KDH, GSB, height, ITBX)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="65" />
      <source>Memeriksa bangunan eksisting dan persilnya terhadap aturan zona rencana kota: KDB, KLB, KDH per persil, GSB (jarak bangunan ke batas jalan terdekat, aturan per kelas jalan bila ada), tinggi dan jumlah lantai, serta kegiatan (ITBX).
Zona persil = zona dengan porsi luas terbesar; di bawah porsi minimum hasilnya PERLU_CEK. Tanpa lapisan persil, persil diperkirakan dengan tesselasi bangunan di dalam blok jalan (persil_estimasi = true).
Aturan per kelas luas persil dan alternatif (mis. RDTR DKI "Luas LP kurang dari 60 m2 : Alternatif 1 : 100, Alternatif 2 : 90, …", langsung dari teks kolom zona atau dari kolom aturan_kelas hasil 'Impor rencana kota'): tiap persil dinilai menurut kelas luasnya sendiri; persil sesuai bila memenuhi semua aturan satu alternatif (kolom alternatif dan kelas_luas menyebut yang dipakai). Teks yang terpotong saat ekspor: persil di kelas yang hilang PERLU_CEK. KLB dibulatkan 3 desimal, KDB/KDH 2 desimal.
Status: SESUAI, MELANGGAR, PERLU_CEK (data ada tetapi kosong/ambigu), TIDAK_DICEK (masukan tidak diberikan). Kolom 'alasan' berisi kode dan penjelasan singkat. Laporan JSON opsional berisi ringkasan per aturan, status dan zona.</source>
      <translation>Checks existing buildings and their plots against the zone rules of the city plan: KDB (building coverage ratio), KLB (floor area ratio) and KDH (green coverage ratio) per plot, GSB (building setback line: distance from the building to the nearest road edge, with rules per road class where given), height and number of floors, and activities (ITBX: permitted, limited, conditional and prohibited uses).
A plot's zone = the zone covering the largest share of its area; below the minimum share the result is PERLU_CEK. Without a plot layer, plots are estimated by tessellating the buildings inside road blocks (persil_estimasi = true).
Rules by plot size class and alternatives (e.g. Jakarta's RDTR "Luas LP kurang dari 60 m2 : Alternatif 1 : 100, Alternatif 2 : 90, …", straight from the text of the zone fields or from the aturan_kelas field written by 'Import city plan'): each plot is judged by the class of its own area; a plot complies when it meets every rule of one alternative (the alternatif and kelas_luas fields name the one applied). Text cut off by an export: plots in the lost classes are PERLU_CEK. KLB is rounded to 3 decimals, KDB/KDH to 2.
Status: SESUAI (complies), MELANGGAR (violates), PERLU_CEK (needs checking: data present but empty/ambiguous), TIDAK_DICEK (not checked: input not given). The 'alasan' field holds a code and a short explanation. The optional JSON report summarizes per rule, status and zone.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="87" />
      <source>Kolom jumlah lantai</source>
      <translation>Number of floors field</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="88" />
      <source>Kolom tinggi bangunan (m)</source>
      <translation>Building height field (m)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="89" />
      <source>Kolom fungsi/kegiatan (kode ITBX)</source>
      <translation>Use/activity field (ITBX code)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="92" />
      <source>Persil</source>
      <translation>Plots</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="96" />
      <source>Jalan (garis as jalan atau poligon)</source>
      <translation>Roads (centerlines or polygons)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="100" />
      <source>Kolom kelas jalan</source>
      <translation>Road class field</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="103" />
      <source>Ruang hijau / tanah tak tertutup (untuk KDH)</source>
      <translation>Green space / unsealed ground (for KDH)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="106" />
      <source>Tinggi per lantai (m)</source>
      <translation>Height per floor (m)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="109" />
      <source>Porsi zona minimum (%)</source>
      <translation>Minimum zone share (%)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="112" />
      <source>Jarak pencarian jalan terdekat (m)</source>
      <translation>Search distance for the nearest road (m)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="116" />
      <source>Perkirakan persil bila lapisan persil kosong</source>
      <translation>Estimate plots when the plot layer is empty</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="118" />
      <source>Laporan ringkas (JSON)</source>
      <translation>Summary report (JSON)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="121" />
      <source>Hasil per persil</source>
      <translation>Results per plot</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="123" />
      <source>Hasil per bangunan</source>
      <translation>Results per building</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="134" />
      <source>Bangunan</source>
      <translation>Buildings</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="141" />
      <source>Membaca bangunan …</source>
      <translation>Reading buildings …</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="155" />
      <source>Jalan</source>
      <translation>Roads</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="167" />
      <source>Ruang hijau</source>
      <translation>Green space</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="170" />
      <source>Menyiapkan geometri bangunan dan persil …</source>
      <translation>Preparing building and parcel geometries …</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="192" />
      <source>Jalan ke-{fid} (urutan di lapisan): lebar '{raw}' tidak dipakai (tidak terbaca atau di luar rentang wajar 0,5–100 m); GSB diukur dari as jalan dan ditandai PERLU_CEK. Perbaiki nilai lebar jalannya.</source>
      <translation>Road no. {fid} (order in the layer): width '{raw}' not used (unreadable or outside the plausible range 0.5–100 m); the GSB is measured from the centre line and marked PERLU_CEK. Correct the road's width.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="197" />
      <source>… dan {n} jalan lain dengan lebar yang tidak dipakai.</source>
      <translation>… and {n} more roads whose width was not used.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="210" />
      <source>Persil estimasi</source>
      <translation>Estimated plots</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_building_rules.py" line="214" />
      <source>Menulis hasil …</source>
      <translation>Writing results …</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_plan_conformance.py" line="33" />
      <source>Kolom KDB rencana (%)</source>
      <translation>Planned KDB field (%)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_plan_conformance.py" line="34" />
      <source>Kolom KLB rencana</source>
      <translation>Planned KLB field</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_plan_conformance.py" line="35" />
      <source>Kolom KDH rencana (%)</source>
      <translation>Planned KDH field (%)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_plan_conformance.py" line="36" />
      <source>Kolom GSB rencana (m)</source>
      <translation>Planned GSB field (m)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_plan_conformance.py" line="37" />
      <source>Kolom tinggi maksimum rencana (m)</source>
      <translation>Planned maximum height field (m)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_plan_conformance.py" line="38" />
      <source>Kolom jumlah lantai maksimum rencana</source>
      <translation>Planned maximum number of floors field</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_plan_conformance.py" line="59" />
      <source>Periksa kesesuaian rencana (RTPLP) dengan rencana kota</source>
      <translation>Check plan (RTPLP) conformance with the city plan</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_plan_conformance.py" line="62" />
      <source>Memeriksa setiap blok rencana (lapisan rencana_blok) terhadap zona rencana kota (RDTR/RTBL) yang ditumpanginya: zona dan porsinya (zona_tumpang), guna rencana terhadap kegiatan yang diizinkan di sub-zona (tabel ITBX bila ada, selain itu kelas zona), zona lindung (RTH, sempadan, badan air, cagar budaya) yang direncanakan untuk bangunan = MELANGGAR, serta aturan rencana yang harus sama atau lebih ketat daripada rencana kota (KDB, KLB, tinggi, lantai tidak lebih besar; KDH, GSB tidak lebih kecil).
Blok harus memenuhi setiap zona yang ditumpanginya; tumpang tindih di bawah porsi serpihan diabaikan. Blok di luar zona rencana kota: PERLU_CEK.
Status: SESUAI, MELANGGAR, PERLU_CEK, TIDAK_DICEK; kolom 'alasan' menjelaskan.</source>
      <translation>Checks every plan block (rencana_blok layer) against the city plan zones (RDTR/RTBL: detailed spatial plan / building and environment plan) it overlaps: the zones and their shares (zona_tumpang), the planned use against the activities permitted in the sub-zone (ITBX table when given, otherwise the zone class), protected zones (RTH (green open space), setback, water body, cultural heritage) planned for buildings = MELANGGAR, and plan rules that must be equal to or stricter than the city plan (KDB, KLB, height, floors not larger; KDH, GSB not smaller).
A block must satisfy every zone it overlaps; overlaps below the sliver share are ignored. Blocks outside the city plan zones: PERLU_CEK.
Status: SESUAI, MELANGGAR, PERLU_CEK, TIDAK_DICEK; the 'alasan' field explains.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_plan_conformance.py" line="76" />
      <source>Blok rencana (rencana_blok)</source>
      <translation>Plan blocks (rencana_blok)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_plan_conformance.py" line="79" />
      <source>Kolom guna rencana</source>
      <translation>Planned use field</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_plan_conformance.py" line="86" />
      <source>Porsi serpihan yang diabaikan (%)</source>
      <translation>Ignored sliver share (%)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_plan_conformance.py" line="92" />
      <source>Hasil per blok rencana</source>
      <translation>Results per plan block</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_plan_conformance.py" line="100" />
      <source>Blok rencana</source>
      <translation>Plan blocks</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_plan_conformance.py" line="112" />
      <source>kolom rencana tidak ada.</source>
      <translation>plan field not found.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/check_plan_conformance.py" line="116" />
      <source>Kolom guna rencana tidak ada: guna rencana TIDAK_DICEK.</source>
      <translation>Planned use field not found: planned use TIDAK_DICEK.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/conformance_report.py" line="49" />
      <source>Cetak laporan pemeriksaan kesesuaian (PDF)</source>
      <translation>Print conformance check report (PDF)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/conformance_report.py" line="52" />
      <source>Menyusun laporan cetak (PDF A4) hasil pemeriksaan kesesuaian untuk Forum Konsultasi Tim Teknis (kode pedoman C4): sampul, masukan dan parameter pemeriksaan (dari laporan JSON), ringkasan jumlah per aturan × status dan per zona × status, peta ikhtisar status, tabel blok rencana (zona dan porsinya, setiap aturan rencana / batas kota / status, alasan), berita acara dengan kotak tanda tangan Tim Teknis, lalu Lampiran A daftar pelanggaran (nilai terukur dan batas, alasan; urut zona lalu ID) dan Lampiran B fitur yang perlu dicek dikelompokkan menurut kode alasan.

Masukan: lapisan keluaran 'Periksa bangunan terhadap aturan zona' (persil dan/atau bangunan) dan/atau 'Periksa kesesuaian rencana (RTPLP) dengan rencana kota' (blok rencana). Laporan JSON pemeriksaan boleh dikosongkan: berkas JSON di folder lapisan yang menyebut lapisan itu dipakai otomatis.

Daftar pelanggaran dibatasi 'Baris maksimum' per lapisan (0 = semua); sisanya disebutkan jumlahnya dan ada lengkap di CSV pelanggaran (opsional) dan lapisan hasil.</source>
      <translation>Compiles a printable report (PDF, A4) of the conformance check results for the Tim Teknis (technical team) consultation forum (guideline code C4): cover, check inputs and parameters (from the JSON report), summary counts per rule × status and per zone × status, a status overview map, a table of plan blocks (zones and their shares, each plan rule / city limit / status, reason), minutes (berita acara) with signature boxes for the Tim Teknis, then Appendix A, the list of violations (measured value and limit, reason; sorted by zone, then ID), and Appendix B, features that need checking grouped by reason code.

Inputs: the output layers of 'Check buildings against rules' (plots and/or buildings) and/or 'Check plan (RTPLP) conformance with the city plan' (plan blocks). The check's JSON report may be left empty: a JSON file in the layer's folder that names the layer is used automatically.

The list of violations is limited to 'Maximum rows' per layer (0 = all); the number of the remaining ones is stated, and all of them are in the violations CSV (optional) and the result layers.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/conformance_report.py" line="77" />
      <source>Nama kelurahan / kawasan</source>
      <translation>Kelurahan / area name</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/conformance_report.py" line="79" />
      <source>Nama pemeriksa</source>
      <translation>Checker name</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/conformance_report.py" line="81" />
      <source>Laporan JSON pemeriksaan bangunan (kosong = cari di folder lapisan)</source>
      <translation>Building check JSON report (empty = look in the layer folder)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/conformance_report.py" line="84" />
      <source>Laporan JSON pemeriksaan rencana (kosong = cari di folder lapisan)</source>
      <translation>Plan check JSON report (empty = look in the layer folder)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/conformance_report.py" line="87" />
      <source>Baris maksimum daftar pelanggaran per lapisan (0 = semua)</source>
      <translation>Maximum rows of the violation list per layer (0 = all)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/conformance_report.py" line="90" />
      <source>Sertakan peta ikhtisar status</source>
      <translation>Include a status overview map</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/conformance_report.py" line="94" />
      <source>Laporan PDF</source>
      <translation>PDF report</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/conformance_report.py" line="94" />
      <source>Berkas PDF (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/conformance_report.py" line="96" />
      <source>Daftar pelanggaran (CSV, opsional)</source>
      <translation>List of violations (CSV, optional)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/conformance_report.py" line="96" />
      <source>Berkas CSV (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/conformance_report.py" line="98" />
      <source>Jumlah halaman</source>
      <translation>Number of pages</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/conformance_report.py" line="99" />
      <source>Jumlah pelanggaran</source>
      <translation>Number of violations</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/conformance_report.py" line="121" />
      <source>pilih paling sedikit satu lapisan hasil pemeriksaan (blok rencana, persil atau bangunan) — keluaran 'Periksa bangunan terhadap aturan zona' atau 'Periksa kesesuaian rencana (RTPLP) dengan rencana kota'.</source>
      <translation>choose at least one check result layer (plan blocks, plots or buildings) — output of 'Check buildings against rules' or 'Check plan (RTPLP) conformance with the city plan'.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/conformance_report.py" line="143" />
      <source>Menggambar peta ikhtisar status …</source>
      <translation>Drawing the status overview map …</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/conformance_report.py" line="155" />
      <source>Laporan: {0} halaman, {1} pelanggaran ({2} dicetak).</source>
      <translation>Report: {0} pages, {1} violations ({2} printed).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/conformance_report.py" line="179" />
      <source>{0} ({1}) diwarnai menurut status akhir</source>
      <translation>{0} ({1}) colored by final status</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/conformance_report.py" line="182" />
      <source>; garis biru tua berlabel: blok rencana ({0})</source>
      <translation>; labeled dark blue outlines: plan blocks ({0})</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/conformance_report.py" line="183" />
      <source>. Utara ke atas. CRS: {0}.</source>
      <translation>. North is up. CRS: {0}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/conformance_report.py" line="185" />
      <source>Seluruh wilayah yang diperiksa</source>
      <translation>Whole checked area</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/check/conformance_report.py" line="187" />
      <source>Rinci: kawasan blok rencana (RTPLP)</source>
      <translation>Detail: plan block area (RTPLP)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="29" />
      <source>Proyeksikan ulang ke CRS tujuan</source>
      <translation>Reproject to the target CRS</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="30" />
      <source>Pertahankan CRS asli (transformasi langsung)</source>
      <translation>Keep the original CRS (on-the-fly transformation)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="60" />
      <source>Impor peta dasar (ortofoto / lapisan vektor)</source>
      <translation>Import base map (orthophoto / vector layer)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="63" />
      <source>Memasukkan peta dasar 1:1000 ke CRS kerja basis data survei.

Raster (ortofoto, GeoTIFF): resolusi tanah diukur dalam meter dan dinilai untuk skala peta (bawaan 1:1000: piksel ≤ 0,1 mm di peta = 0,10 m); hasilnya disebut di log. Citra ditulis ulang sebagai GeoTIFF bertile, diproyeksikan ulang ke CRS tujuan atau dipertahankan dalam CRS aslinya (QGIS mentransformasi saat ditampilkan), dan diberi overview (piramida; citra RGB: overview terkompresi JPEG) agar cepat ditampilkan.

Vektor (topografi, penggunaan lahan, persil): diproyeksikan ulang ke CRS basis data (atau CRS tujuan); kolom dapat diganti namanya dengan 'Pemetaan kolom' (nama_baru=KOLOM_LAMA; …), kolom lain tetap. Bila 'Tabel tujuan' diisi (nama lapisan katalog, mis. persil, bangunan, jalan), fitur langsung ditambahkan ke tabel itu di basis data survei: kolom dicocokkan menurut nama, kolom tanpa pasangan dan nilai yang tidak cocok dengan tipe kolom (teks di kolom angka) dilaporkan per kolom/fitur, fitur multi-bagian dipecah per bagian dan dilaporkan.

CRS tujuan: parameter CRS tujuan, atau CRS basis data survei (GeoPackage) yang dipilih, atau zona TM-3 menurut bujur data. Transformasi koordinat yang dipakai dilaporkan. Lapisan tanpa CRS atau yang koordinatnya tidak cocok dengan CRS-nya ditolak. Lapisan masukan tidak diubah.</source>
      <translation>Brings a 1:1000 base map into the working CRS of the survey database.

Raster (orthophoto, GeoTIFF): the ground resolution is measured in meters and assessed for the map scale (default 1:1000: pixel ≤ 0.1 mm on the map = 0.10 m); the result is stated in the log. The image is rewritten as a tiled GeoTIFF, reprojected to the target CRS or kept in its original CRS (QGIS transforms it on display), and given overviews (pyramids; RGB images: JPEG-compressed overviews) so that it displays quickly.

Vector (topography, land use, plots): reprojected to the database CRS (or the target CRS); fields can be renamed with 'Field mapping' (new_name=OLD_FIELD; …), other fields are kept. When 'Target table' is filled in (a catalog layer name, e.g. persil, bangunan, jalan), the features are appended directly to that table in the survey database: fields are matched by name, fields without a match and values that do not fit the field type (text in a numeric field) are reported per field/feature, and multi-part features are split into their parts and reported.

Target CRS: the target CRS parameter, or the CRS of the chosen survey database (GeoPackage), or the TM-3 zone for the data's longitude. The coordinate transformation used is reported. Layers without a CRS or whose coordinates do not match their CRS are rejected. Input layers are not changed.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="84" />
      <source>Peta dasar (raster atau vektor)</source>
      <translation>Base map (raster or vector)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="86" />
      <source>Basis data survei (GeoPackage) — CRS-nya dipakai</source>
      <translation>Survey database (GeoPackage) — its CRS is used</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="89" />
      <source>Vektor: tabel tujuan di basis data survei (nama lapisan katalog, mis. persil; kosong = lapisan keluaran baru)</source>
      <translation>Vector: target table in the survey database (catalog layer name, e.g. persil; empty = new output layer)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="93" />
      <source>CRS tujuan (mengalahkan CRS basis data)</source>
      <translation>Target CRS (overrides the database CRS)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="95" />
      <source>Raster: CRS</source>
      <translation>Raster: CRS</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="97" />
      <source>Skala peta untuk menilai resolusi (1:…)</source>
      <translation>Map scale for assessing the resolution (1:…)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="100" />
      <source>Raster: buat overview</source>
      <translation>Raster: build overviews</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="101" />
      <source>Vektor: pemetaan kolom (baru=LAMA; …)</source>
      <translation>Vector: field mapping (new=OLD; …)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="107" />
      <source>Raster hasil impor</source>
      <translation>Imported raster</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="109" />
      <source>Vektor hasil impor</source>
      <translation>Imported vector</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="110" />
      <source>Transformasi koordinat</source>
      <translation>Coordinate transformation</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="111" />
      <source>Resolusi tanah (m)</source>
      <translation>Ground resolution (m)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="112" />
      <source>Memenuhi skala (1/0)</source>
      <translation>Meets the scale (1/0)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="113" />
      <source>Tabel basis data yang diisi</source>
      <translation>Database table filled</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="114" />
      <source>Fitur ditambahkan ke basis data</source>
      <translation>Features added to the database</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="115" />
      <source>Kolom yang tidak disalin</source>
      <translation>Fields not copied</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="116" />
      <source>Nilai yang dikosongkan</source>
      <translation>Values cleared</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="117" />
      <source>Id ganda di tabel tujuan</source>
      <translation>Duplicate ids in the target table</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="132" />
      <source>basis data tidak dapat dibuka.</source>
      <translation>the database cannot be opened.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="137" />
      <source>basis data tidak memiliki lapisan ber-CRS.</source>
      <translation>the database has no layer with a CRS.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="145" />
      <source>lapisan peta dasar tidak ditemukan atau tidak dapat dibuka.</source>
      <translation>the base map layer was not found or cannot be opened.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="147" />
      <source>peta dasar</source>
      <translation>base map</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="149" />
      <source>lapisan kosong (0 fitur). Pilih lapisan yang berisi data.</source>
      <translation>the layer is empty (0 features). Choose a layer that contains data.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="151" />
      <source>lapisan tidak memiliki geometri (tabel atribut saja); peta dasar harus berupa titik, garis atau poligon.</source>
      <translation>the layer has no geometry (attribute table only); a base map must be points, lines or polygons.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="160" />
      <source>raster rusak atau terpotong, tidak dapat dibaca ({}). Salin ulang berkasnya dari sumber aslinya.</source>
      <translation>the raster is damaged or truncated and cannot be read ({}). Copy the file again from its original source.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="165" />
      <source>jenis lapisan tidak didukung (pilih raster atau vektor).</source>
      <translation>unsupported layer type (choose a raster or vector layer).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="186" />
      <source>Transformasi koordinat: {t}</source>
      <translation>Coordinate transformation: {t}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="188" />
      <source>CRS asli dipertahankan ({a}); QGIS mentransformasi saat ditampilkan.</source>
      <translation>Original CRS kept ({a}); QGIS transforms it on display.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="198" />
      <source>Overview dibuat: {levels} (kompresi {c})</source>
      <translation>Overviews built: {levels} ({c} compression)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="213" />
      <source>lapisan tidak memiliki geometri; peta dasar harus berupa titik, garis atau poligon.</source>
      <translation>the layer has no geometry; a base map must be points, lines or polygons.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="232" />
      <source>keluaran vektor tidak dapat dibuat.</source>
      <translation>the vector output cannot be created.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="237" />
      <source>{n} fitur diimpor ke {crs}</source>
      <translation>{n} features imported into {crs}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="246" />
      <source>'Tabel tujuan' diisi tetapi 'Basis data survei' kosong. Pilih GeoPackage survei, atau kosongkan 'Tabel tujuan'.</source>
      <translation>a target table is given but the survey database is empty. Choose the survey GeoPackage, or leave the target table empty.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="252" />
      <source>CRS tujuan {a} diabaikan: tabel '{t}' memakai {b}.</source>
      <translation>Target CRS {a} ignored: table '{t}' uses {b}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="257" />
      <source>{n} fitur ditambahkan ke tabel '{t}' di {db}</source>
      <translation>{n} features added to table '{t}' in {db}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_base_map.py" line="276" />
      <source>pemetaan kolom '{part}' tidak sah: tulis baru=LAMA dengan LAMA salah satu dari {names}.</source>
      <translation>field mapping '{part}' is invalid: write new=OLD with OLD one of {names}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_city_plan.py" line="58" />
      <source>Impor rencana kota (RTRW/RDTR/RTBL)</source>
      <translation>Import city plan (RTRW/RDTR/RTBL)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_city_plan.py" line="61" />
      <source>Mengubah poligon rencana kota (RTRW, RDTR, RTBL) dalam bentuk apa pun yang diterbitkan kota menjadi satu lapisan rencana kota baku yang dibaca pemeriksaan kesesuaian: jenis_rencana, kode_zona (kode sub-zona), nama zona, blok, nama wilayah administrasi dan kolom aturan kdb_maks, klb_maks, kdh_min, ktb_maks, gsb_min, tinggi_maks, lantai_maks serta varian per kelas jalan (…_arteri/_kolektor/_lokal).

Skema atribut RDTR nasional (KODSZN, NAMSZN, KODZON, KODBLK, WADMKD, KDB, KLB, KDH …) dikenali otomatis, termasuk nama bersufiks seperti KODSZN_1. Untuk skema lain isi 'Pemetaan kolom', mis. kode_zona=SUBZONA; kdb_maks=KDB_MAX.

Nilai aturan diambil dari atribut poligon dan/atau dari tabel aturan (CSV, lihat resources/rules/templates) yang digabung menurut kode sub-zona. Teks seperti "60", "60%", "0,6" dibaca (cara penulisan KDB/KDH/KTB: parameter lanjutan). Aturan per kelas luas persil, dengan atau tanpa alternatif (mis. RDTR DKI "Luas LP kurang dari 60 m2 : Alternatif 1 : 100, …"), disimpan di kolom aturan_kelas (JSON) dan kolom aturan biasa dikosongkan; teks yang terpotong saat ekspor menyimpan kelas yang lengkap saja. Teks yang tidak dapat dibaca (rentang, nilai tidak wajar) dikosongkan dan dicatat bersama teks aslinya di kolom catatan_impor dan di log — tidak pernah ditebak. Kode sub-zona yang tidak ada di tabel aturan didaftar di log.

Lapisan tanpa CRS atau yang koordinatnya tidak cocok dengan CRS-nya (meter yang dinyatakan EPSG:4326) ditolak. Lapisan berderajat diproyeksikan ke CRS tujuan (bawaan: zona TM-3 menurut bujur data). Lapisan masukan tidak diubah.</source>
      <translation>Converts city plan polygons (RTRW, RDTR, RTBL: spatial plan, detailed spatial plan, building and environment plan) in whatever form the city publishes them into one standard city plan layer read by the conformance checks: jenis_rencana, kode_zona (sub-zone code), zone name, block, administrative area name and the rule fields kdb_maks, klb_maks, kdh_min, ktb_maks, gsb_min, tinggi_maks, lantai_maks plus variants per road class (…_arteri/_kolektor/_lokal).

The national RDTR attribute schema (KODSZN, NAMSZN, KODZON, KODBLK, WADMKD, KDB, KLB, KDH …) is recognized automatically, including suffixed names such as KODSZN_1. For other schemas fill in 'Field mapping', e.g. kode_zona=SUBZONA; kdb_maks=KDB_MAX.

Rule values are taken from the polygon attributes and/or from rule tables (CSV, see resources/rules/templates) joined by sub-zone code. Text such as "60", "60%", "0,6" is read (how KDB/KDH/KTB are written: advanced parameter). Rules by plot size class, with or without alternatives (e.g. Jakarta's RDTR "Luas LP kurang dari 60 m2 : Alternatif 1 : 100, …"), are kept in the aturan_kelas field (JSON) and the plain rule field is left empty; text cut off by an export keeps its complete classes only. Text that cannot be read (ranges, implausible values) is left empty and recorded together with the original text in the catatan_impor field and in the log — never guessed. Sub-zone codes missing from the rule tables are listed in the log.

Layers without a CRS or whose coordinates do not match their CRS (meters declared as EPSG:4326) are rejected. Layers in degrees are projected to the target CRS (default: the TM-3 zone for the data's longitude). Input layers are not changed.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_city_plan.py" line="87" />
      <source>Poligon rencana kota</source>
      <translation>City plan polygons</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_city_plan.py" line="89" />
      <source>Jenis rencana (bila tidak tertulis di atribut JNSRPR)</source>
      <translation>Plan type (when not given in the JNSRPR attribute)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_city_plan.py" line="91" />
      <source>Tabel intensitas (intensitas.csv)</source>
      <translation>Intensity table (intensitas.csv)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_city_plan.py" line="92" />
      <source>Tabel tata bangunan (tata_bangunan.csv)</source>
      <translation>Building form table (tata_bangunan.csv)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_city_plan.py" line="97" />
      <source>Pemetaan kolom (kolom_baku=KOLOM_SUMBER; …)</source>
      <translation>Field mapping (standard_field=SOURCE_FIELD; …)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_city_plan.py" line="100" />
      <source>Bila atribut dan tabel berbeda, pakai nilai tabel</source>
      <translation>When attribute and table differ, use the table value</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_city_plan.py" line="103" />
      <source>CRS tujuan (kosong = CRS metrik sumber atau TM-3)</source>
      <translation>Target CRS (empty = metric source CRS or TM-3)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_city_plan.py" line="110" />
      <source>Rencana kota (baku)</source>
      <translation>City plan (standardized)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_city_plan.py" line="112" />
      <source>Kode sub-zona yang tidak ada di tabel aturan</source>
      <translation>Sub-zone codes missing from the rule tables</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_city_plan.py" line="114" />
      <source>Jumlah poligon dengan catatan_impor</source>
      <translation>Number of polygons with catatan_impor</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_city_plan.py" line="124" />
      <source>Tabel {name}: {n} kode sub-zona</source>
      <translation>Table {name}: {n} sub-zone codes</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_city_plan.py" line="151" />
      <source>kolom kode sub-zona tidak ditemukan (KODSZN atau sejenisnya). Isi parameter 'Pemetaan kolom', mis. kode_zona=NAMA_KOLOM. Kolom yang ada: {names}</source>
      <translation>sub-zone code field not found (KODSZN or similar). Fill in the 'Field mapping' parameter, e.g. kode_zona=FIELD_NAME. Available fields: {names}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_city_plan.py" line="171" />
      <source>fitur {fid}: {note}</source>
      <translation>feature {fid}: {note}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_city_plan.py" line="176" />
      <source>keluaran tidak dapat dibuat; periksa lokasi berkas keluaran.</source>
      <translation>the output cannot be created; check the output file location.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_rule_tables.py" line="44" />
      <source>Impor tabel aturan zonasi (intensitas, tata bangunan, ITBX)</source>
      <translation>Import zoning rule tables (intensity, building form, ITBX)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_rule_tables.py" line="47" />
      <source>Membaca tabel aturan RDTR kota dan menulisnya dalam format tabel aturan plugin (intensitas.csv, tata_bangunan.csv, itbx.csv; lihat resources/rules/templates) ke folder keluaran, siap dipakai 'Impor rencana kota' dan pemeriksaan bangunan.

Format masukan dikenali dari kolomnya: CSV berkolom kode_zona (format plugin), CSV lampiran RDTR berkolom 'Sub Zona' (mis. Kab. Bintan: KDB Maks. (%), Tinggi Bangunan Maks. (m) - Arteri …) dan ITBX sebagai .xlsx lampiran (baris nama dan baris kode sub-zona) atau itbx.csv.

Nama sub-zona diubah menjadi kode menurut: berkas pemetaan kode zona (CSV nama_zona,kode_zona), baris kode pada tabel ITBX kota, lalu kode nasional Permen ATR/BPN 14/2021. Sub-zona yang kodenya tidak dikenal TIDAK dibuang: barisnya disimpan dan didaftar per baris di laporan_impor_aturan.csv bersama nilai yang tidak terbaca. Kode zona yang muncul dua kali dengan aturan berbeda menghentikan impor dengan nama berkas dan nomor barisnya. Berkas masukan tidak diubah.</source>
      <translation>Reads the city's RDTR (detailed spatial plan) rule tables and writes them in the plugin's rule table format (intensitas.csv, tata_bangunan.csv, itbx.csv; see resources/rules/templates) to the output folder, ready for 'Import city plan' and the building check.

The input format is recognized from its columns: CSV with a kode_zona column (plugin format), RDTR appendix CSV with a 'Sub Zona' column (e.g. Kab. Bintan: KDB Maks. (%), Tinggi Bangunan Maks. (m) - Arteri …) and ITBX (permitted/limited/conditional/prohibited uses) as an .xlsx appendix (a row of names and a row of sub-zone codes) or itbx.csv.

Sub-zone names are turned into codes using: the zone code mapping file (CSV nama_zona,kode_zona), the code row of the city's ITBX table, then the national codes of Permen ATR/BPN 14/2021. Sub-zones whose code is unknown are NOT dropped: their rows are kept and listed row by row in laporan_impor_aturan.csv together with the values that could not be read. A zone code that appears twice with different rules stops the import with the file name and row number. Input files are not changed.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_rule_tables.py" line="64" />
      <source>Tabel intensitas (CSV)</source>
      <translation>Intensity table (CSV)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_rule_tables.py" line="66" />
      <source>Tabel tata bangunan (CSV)</source>
      <translation>Building form table (CSV)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_rule_tables.py" line="68" />
      <source>Tabel ITBX (XLSX atau CSV)</source>
      <translation>ITBX table (XLSX or CSV)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_rule_tables.py" line="71" />
      <source>Pemetaan kode zona (CSV nama_zona,kode_zona)</source>
      <translation>Zone code mapping (CSV nama_zona,kode_zona)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_rule_tables.py" line="74" />
      <source>Lembar ITBX (kosong = lembar pertama)</source>
      <translation>ITBX worksheet (empty = first worksheet)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_rule_tables.py" line="77" />
      <source>Pakai kode sub-zona nasional untuk nama yang dikenal</source>
      <translation>Use national sub-zone codes for known names</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_rule_tables.py" line="83" />
      <source>Folder tabel aturan hasil</source>
      <translation>Output rule table folder</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_rule_tables.py" line="87" />
      <source>Laporan impor per baris</source>
      <translation>Row-by-row import report</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_rule_tables.py" line="89" />
      <source>Kode sub-zona tidak dikenal</source>
      <translation>Unknown sub-zone codes</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_rule_tables.py" line="90" />
      <source>Jumlah baris laporan</source>
      <translation>Number of report rows</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_rule_tables.py" line="111" />
      <source>dipetakan: '{a}' -&gt; {b}</source>
      <translation>mapped: '{a}' -&gt; {b}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_rule_tables.py" line="113" />
      <source>{file} baris {line}, zona {code}: {text}</source>
      <translation>{file} row {line}, zone {code}: {text}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/imports/import_rule_tables.py" line="123" />
      <source>Laporan per baris: {path}</source>
      <translation>Row-by-row report: {path}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/compare_draft_final.py" line="38" />
      <source>Bandingkan rencana draf dan final (sesudah uji publik)</source>
      <translation>Compare the draft and final plan (after the public review)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/compare_draft_final.py" line="41" />
      <source>Rencana sebelum dan sesudah uji publik (kode pedoman U2; lapisan blok rencana P1a/P1b): blok yang ditambah, dihapus dan diubah (atribut guna, penanganan, KDB, KLB, KDH, GSB, tinggi, lantai — angka dibandingkan sebagai angka — atau batasnya bergeser lebih dari toleransi), masing-masing dengan masukan warga yang menyangkutnya (menyebut blok itu, atau titiknya di dalam blok).</source>
      <translation>The plan before and after the public review (guideline code U2; plan block layers P1a/P1b): blocks added, removed and changed (use, handling, KDB, KLB, KDH, GSB, height, floors — numbers compared as numbers — or an outline moved beyond the tolerance), each with the residents' comments that concern it (naming the block, or with their point inside it).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/compare_draft_final.py" line="48" />
      <source>Blok rencana draf</source>
      <translation>Draft plan blocks</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/compare_draft_final.py" line="48" />
      <source>Blok rencana final</source>
      <translation>Final plan blocks</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/compare_draft_final.py" line="51" />
      <source>GeoPackage basis data survei (masukan warga)</source>
      <translation>Survey database GeoPackage (residents' comments)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/compare_draft_final.py" line="53" />
      <source>Toleransi geser batas (m²)</source>
      <translation>Outline shift tolerance (m²)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/compare_draft_final.py" line="55" />
      <source>Perubahan rencana</source>
      <translation>Plan changes</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/compare_draft_final.py" line="58" />
      <source>Peta dan daftar perubahan (PDF)</source>
      <translation>Map and list of changes (PDF)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/compare_draft_final.py" line="76" />
      <source>kolom id_blok tidak ada.</source>
      <translation>there is no id_blok field.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/compare_draft_final.py" line="86" />
      <source>id_blok kosong atau ganda: {codes}. Setiap blok perlu kode sendiri agar draf dan final dapat dicocokkan.</source>
      <translation>id_blok empty or repeated: {codes}. Every block needs its own code so that draft and final can be matched.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/compare_draft_final.py" line="109" />
      <source>{added} blok ditambah, {removed} dihapus, {changed} diubah; {linked} terkait masukan warga.</source>
      <translation>{added} blocks added, {removed} removed, {changed} changed; {linked} tied to residents' comments.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/compare_draft_final.py" line="120" />
      <source>(nama kelurahan belum diisi)</source>
      <translation>(kelurahan name not filled in)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/create_sheet_index.py" line="59" />
      <source>Buat indeks lembar peta</source>
      <translation>Create map sheet index</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/create_sheet_index.py" line="62" />
      <source>Membuat grid lembar peta di atas kawasan (biasanya lapisan kawasan_prioritas) untuk skala, ukuran kertas (A3/A1) dan orientasi yang dipilih. Hanya lembar yang mengenai kawasan yang dibuat. Ukuran lembar di lapangan = bidang peta templat × skala: A3 lanskap 1:1000 = 300 m × 250 m, A1 = 600 m × 500 m.

Nomor lembar (nomor_lembar) tetap dan mudah dibaca: baris berhuruf dari utara (A, B, …), kolom bernomor dari barat (1, 2, …), misalnya B3. Kolom lembar_u, lembar_t, lembar_s, lembar_b (dan arah diagonal) berisi nomor lembar tetangga untuk petunjuk letak. Lapisan ini menjadi masukan 'Cetak album peta tematik'.</source>
      <translation>Creates a grid of map sheets over the area (usually the kawasan_prioritas layer) for the chosen scale, paper size (A3/A1) and orientation. Only sheets that touch the area are created. Sheet size on the ground = template map frame × scale: A3 landscape 1:1000 = 300 m × 250 m, A1 = 600 m × 500 m.

Sheet numbers (nomor_lembar) are stable and easy to read: lettered rows from the north (A, B, …), numbered columns from the west (1, 2, …), e.g. B3. The fields lembar_u, lembar_t, lembar_s, lembar_b (north, east, south, west, and the diagonals) hold the neighboring sheet numbers for the sheet location guide. This layer is the input of 'Print thematic map album'.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/create_sheet_index.py" line="74" />
      <source>Kawasan yang dipetakan (mis. kawasan_prioritas)</source>
      <translation>Area to map (e.g. kawasan_prioritas)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/create_sheet_index.py" line="77" />
      <source>Skala 1:</source>
      <translation>Scale 1:</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/create_sheet_index.py" line="80" />
      <source>Ukuran kertas</source>
      <translation>Paper size</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/create_sheet_index.py" line="82" />
      <source>Orientasi</source>
      <translation>Orientation</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/create_sheet_index.py" line="82" />
      <source>Lanskap</source>
      <translation>Landscape</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/create_sheet_index.py" line="82" />
      <source>Potret</source>
      <translation>Portrait</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/create_sheet_index.py" line="85" />
      <source>Tumpang tindih antar lembar (m)</source>
      <translation>Overlap between sheets (m)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/create_sheet_index.py" line="89" />
      <source>Indeks lembar peta</source>
      <translation>Map sheet index</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/create_sheet_index.py" line="99" />
      <source>kawasan</source>
      <translation>area</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/create_sheet_index.py" line="105" />
      <source>tidak ada geometri yang sah.</source>
      <translation>no valid geometry.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/create_sheet_index.py" line="129" />
      <source>Lembar dibuat: </source>
      <translation>Sheets created: </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_comments.py" line="35" />
      <source>Impor masukan warga uji publik</source>
      <translation>Import public-review comments</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_comments.py" line="38" />
      <source>Masukan warga dari formulir atau lembar kerja (CSV/XLSX; kode pedoman U1, U2) ke lapisan masukan_warga: kolom isi masukan (isi_masukan/komentar), ID lembar, dan tempatnya lewat salah satu dari: koordinat x/y (CRS basis data) atau bujur/lintang, kode blok rencana, RT (dan RW), atau sel lembar uji publik ('C4': 10 kolom A–J dari kiri, 10 baris 1–10 dari atas). Juga topik, kelompok warga, tanggal dan tempat pertemuan, status, tanggapan.

Setiap baris ditempatkan atau disimpan tanpa titik dan dilaporkan; baris tanpa isi masukan dilaporkan. Masukan ditambahkan ke basis data, yang sudah ada tidak diubah.</source>
      <translation>Residents' comments from forms or a spreadsheet (CSV/XLSX; guideline codes U1, U2) into the masukan_warga layer: a comment column (isi_masukan/komentar), the sheet ID, and where it is meant by one of: x/y coordinates (the database's CRS) or longitude/latitude, a plan block code, an RT (and RW), or a public-review sheet cell ('C4': 10 columns A–J from the left, 10 rows 1–10 from the top). Also topic, resident group, meeting date and place, status, response.

Every row is placed or kept without a point and reported; a row without a comment is reported. Comments are appended to the database; existing ones are not changed.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_comments.py" line="51" />
      <source>Tabel masukan (CSV/XLSX)</source>
      <translation>Comment table (CSV/XLSX)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_comments.py" line="54" />
      <source>Indeks lembar peta (untuk sel lembar)</source>
      <translation>Sheet index (for sheet cells)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_comments.py" line="57" />
      <source>Tambahkan ke lapisan masukan_warga basis data</source>
      <translation>Append to the database's masukan_warga layer</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_comments.py" line="58" />
      <source>Masukan warga</source>
      <translation>Residents' comments</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_comments.py" line="112" />
      <source>{rows} baris tabel: {placed} masukan ditempatkan, {unplaced} tanpa titik, {empty} tanpa isi. Cara: {how}.</source>
      <translation>{rows} table rows: {placed} comments placed, {unplaced} without a point, {empty} without text. How: {how}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_sheet_scans.py" line="59" />
      <source>Impor foto/pindaian lembar uji publik (GeoTIFF)</source>
      <translation>Import photos/scans of public-review sheets (GeoTIFF)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_sheet_scans.py" line="62" />
      <source>Foto atau pindaian lembar peta uji publik yang sudah ditulisi warga (kode pedoman U1, U2) menjadi GeoTIFF muka peta di CRS lembar, sehingga coretan warga menumpang tepat di atas peta dan dapat didigitasi ke lapisan masukan_warga.

Lembar harus dicetak dengan varian uji publik versi ini (kode QR dan kotak penanda hitam-putih di tepi lembar). Foto dengan ponsel boleh miring: seluruh lembar masuk foto, rata, cukup terang, kode QR dan penanda tidak tertutup. JPEG, PNG, atau PDF (setiap halaman satu lembar).

Kode QR menyebut lembar, CRS, skala dan letaknya; penanda sudut memberi transformasi foto ke kertas. Ketelitian pada foto uji sintetis: jauh di bawah 1,5 m (1,5 mm di kertas 1:1000). Berkas yang tidak dapat dipakai (QR tidak terbaca, penanda kurang, lembar album lain bila manifest.json album dipilih) dilaporkan dengan namanya dan berkas lain tetap diproses. Tabel laporan: berkas, ID lembar, status, pesan, selisih penanda (mm) dan GeoTIFF-nya.</source>
      <translation>Turns photos or scans of public-review (uji publik) map sheets that residents have written on (guideline codes U1, U2) into map-face GeoTIFFs in the sheet's CRS, so that the residents' marks lie exactly over the map and can be digitised into the masukan_warga layer.

Sheets must be printed with this version's public-review variant (QR code and black-and-white marker squares at the sheet edges). Phone photos may be taken at an angle: the whole sheet in the photo, flat, bright enough, QR code and markers not covered. JPEG, PNG or PDF (one sheet per page).

The QR code gives the sheet, CRS, scale and position; the corner markers give the transformation from photo to paper. Accuracy on synthetic test photos: well under 1.5 m (1.5 mm on paper at 1:1000). Files that cannot be used (QR code unreadable, markers missing, a sheet of another album when an album manifest.json is chosen) are reported by name, and the other files are still processed. Report table: file, sheet ID, status, message, marker residual (mm) and its GeoTIFF.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_sheet_scans.py" line="77" />
      <source>Folder foto/pindaian (JPEG, PNG, PDF)</source>
      <translation>Photo/scan folder (JPEG, PNG, PDF)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_sheet_scans.py" line="80" />
      <source>Atau berkas foto/pindaian, dipisah ';'</source>
      <translation>Or photo/scan files, separated by ';'</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_sheet_scans.py" line="82" />
      <source>manifest.json album uji publik (menolak lembar album lain)</source>
      <translation>Public-review album manifest.json (refuses sheets of other albums)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_sheet_scans.py" line="85" />
      <source>Resolusi GeoTIFF (m per piksel; 0 = otomatis, 0,25 mm kertas)</source>
      <translation>GeoTIFF resolution (m per pixel; 0 = automatic, 0.25 mm on paper)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_sheet_scans.py" line="88" />
      <source>Folder GeoTIFF keluaran</source>
      <translation>Output GeoTIFF folder</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_sheet_scans.py" line="90" />
      <source>Laporan impor pindaian</source>
      <translation>Scan import report</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_sheet_scans.py" line="91" />
      <source>GeoTIFF lembar</source>
      <translation>Sheet GeoTIFFs</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_sheet_scans.py" line="92" />
      <source>Berkas diimpor</source>
      <translation>Files imported</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_sheet_scans.py" line="93" />
      <source>Berkas gagal</source>
      <translation>Files failed</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_sheet_scans.py" line="106" />
      <source>folder foto/pindaian '{folder}' tidak ada. Pilih folder berisi foto lembar.</source>
      <translation>photo/scan folder '{folder}' does not exist. Choose a folder holding the sheet photos.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_sheet_scans.py" line="110" />
      <source>berkas tidak ada: {files}. Periksa nama dan foldernya.</source>
      <translation>file(s) not found: {files}. Check the names and the folder.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_sheet_scans.py" line="114" />
      <source>tidak ada foto atau pindaian (JPEG, PNG, PDF) untuk diimpor. Pilih folder berisi foto lembar uji publik atau daftar berkasnya.</source>
      <translation>no photos or scans (JPEG, PNG, PDF) to import. Choose a folder holding photos of the public-review sheets, or a list of their files.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_sheet_scans.py" line="136" />
      <source>{files} berkas: {ok} lembar diimpor ke GeoTIFF, {failed} gagal (lihat tabel laporan).</source>
      <translation>{files} files: {ok} sheets imported to GeoTIFF, {failed} failed (see the report table).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_sheet_scans.py" line="160" />
      <source>foto tidak dapat diolah ({kind}: {message}). Foto ulang lembar; rincian teknis di panel Log Pesan (tab PLPBK).</source>
      <translation>the photo cannot be processed ({kind}: {message}). Photograph the sheet again; technical details are in the Log Messages panel (PLPBK tab).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_sheet_scans.py" line="183" />
      <source>CRS lembar {sheet} tidak memiliki kode otoritas (CRS buatan pengguna). Pilih manifest.json album lembar ini (parameter album): manifest menyimpan WKT CRS-nya.</source>
      <translation>The CRS of sheet {sheet} has no authority code (a user-defined CRS). Choose this sheet's album manifest.json (album parameter): the manifest stores the CRS as WKT.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_sheet_scans.py" line="196" />
      <source>lembar {sheet} → {tif} ({res:g} m/piksel; selisih penanda {mm:.2f} mm)</source>
      <translation>sheet {sheet} → {tif} ({res:g} m/pixel; marker residual {mm:.2f} mm)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_sheet_scans.py" line="208" />
      <source>{file}: {problem}</source>
      <translation>{file}: {problem}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_sheet_scans.py" line="234" />
      <source>manifest album tidak dapat dibaca ({reason}). Pilih manifest.json yang ditulis 'Cetak album peta tematik'.</source>
      <translation>the album manifest cannot be read ({reason}). Choose a manifest.json written by 'Print thematic map album'.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/import_sheet_scans.py" line="238" />
      <source>berkas ini bukan manifest.json album PLPBK (tidak ada kelurahan/halaman). Pilih manifest.json di folder album uji publik.</source>
      <translation>this file is not a PLPBK album manifest.json (no kelurahan/pages). Choose the manifest.json in the public-review album folder.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/programme_sheet.py" line="22" />
      <source>Tabel indikasi program dan peta pentahapan</source>
      <translation>Indicative programme table and phasing map</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/programme_sheet.py" line="25" />
      <source>Indikasi program RTPLP (kode pedoman P3) dari tabel program_kegiatan basis data survei: kegiatan, lokasi (kode blok rencana / RT), volume, biaya, sumber dana, tahun 1–5 dan pelaksana, dengan jumlah biaya per tahun dan per sumber dana; lalu skenario pentahapan (P4): blok rencana yang berkegiatan di setiap tahun. Tahun dari tahun_mulai/tahun_selesai, atau dari tahap (tahap 1 = tahun 1, tahap 2 = tahun 2–3, tahap 3 = tahun 4–5). A4 lanskap.</source>
      <translation>The RTPLP's indicative programme (guideline code P3) from the survey database's program_kegiatan table: activity, location (plan block code / RT), volume, cost, source of funds, years 1–5 and who carries it out, with the cost per year and per source; then the phasing scenario (P4): the plan blocks with an activity in each year. Years from tahun_mulai/tahun_selesai, or from the phase (phase 1 = year 1, phase 2 = years 2–3, phase 3 = years 4–5). A4 landscape.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/programme_sheet.py" line="36" />
      <source>Indikasi program (PDF)</source>
      <translation>Indicative programme (PDF)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/programme_sheet.py" line="51" />
      <source>tabel program_kegiatan kosong: isi kegiatan indikasi program (P3) dulu.</source>
      <translation>the program_kegiatan table is empty: fill in the programme's activities (P3) first.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/programme_sheet.py" line="81" />
      <source>{n} kegiatan dicetak ({pages} halaman).</source>
      <translation>{n} activities printed ({pages} pages).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/public_comment_summary.py" line="26" />
      <source>Rekap masukan warga uji publik (PDF)</source>
      <translation>Public-review comment summary (PDF)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/public_comment_summary.py" line="29" />
      <source>Rekap lapisan masukan_warga untuk forum konsultasi (kode pedoman U1–U3): jumlah masukan per lembar, blok rencana, topik, kelompok warga dan status; peta masukan (warna menurut status) di atas blok rencana; dan daftar masukan yang masih terbuka (baru atau diterima, belum ditindaklanjuti). PDF A4.</source>
      <translation>Summary of the masukan_warga layer for the consultation forum (guideline codes U1–U3): comments per sheet, plan block, topic, resident group and status; a map of the comments (coloured by status) over the plan blocks; and the list of comments still open (new or accepted, not yet acted on). A4 PDF.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/public_comment_summary.py" line="38" />
      <source>Rekap masukan (PDF)</source>
      <translation>Comment summary (PDF)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/public_comment_summary.py" line="40" />
      <source>Masukan yang masih terbuka</source>
      <translation>Comments still open</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/public_comment_summary.py" line="53" />
      <source>lapisan masukan_warga kosong: impor masukan warga dulu (Impor masukan warga uji publik).</source>
      <translation>the masukan_warga layer is empty: import the comments first (Import public-review comments).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/public_comment_summary.py" line="71" />
      <source>{n} masukan, {open} masih terbuka ({pages} halaman).</source>
      <translation>{n} comments, {open} still open ({pages} pages).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/regulation_sheet.py" line="29" />
      <source>Lembar ketentuan teknis blok rencana dan Aturan Bersama</source>
      <translation>Technical rules sheet of the plan blocks and Aturan Bersama</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/regulation_sheet.py" line="32" />
      <source>Lembar 'ketentuan teknis' RTPLP (kode pedoman P1b, P6) dari lapisan rencana_blok basis data survei: untuk setiap kode blok guna rencananya, KDB, KLB, KDH, GSB, tinggi dan jumlah lantai seperti tertulis di lapisan (kosong = '–', bukan 0), urut menurut legenda guna rencana lalu kode blok, di samping peta kunci kecil; lalu Aturan Bersama (lapisan aturan_bersama) per aspek dan pasal. A3 lanskap untuk album, A4 potret untuk dokumen; halaman bersambung otomatis.</source>
      <translation>The RTPLP's 'ketentuan teknis' sheet (guideline codes P1b, P6) from the survey database's rencana_blok layer: for every block code its planned use, KDB, KLB, KDH, GSB, height and floors as the layer holds them (empty = '–', not 0), in the legend order of the planned use then block code, beside a small key map; then the Aturan Bersama (aturan_bersama layer) by topic and article. A3 landscape for the album, A4 portrait for the document; pages continue automatically.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/regulation_sheet.py" line="43" />
      <source>Kertas</source>
      <translation>Paper</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/regulation_sheet.py" line="44" />
      <source>A4 potret (dokumen)</source>
      <translation>A4 portrait (document)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/regulation_sheet.py" line="44" />
      <source>A3 lanskap (album)</source>
      <translation>A3 landscape (album)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/regulation_sheet.py" line="46" />
      <source>Lembar ketentuan teknis (PDF)</source>
      <translation>Technical rules sheet (PDF)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/regulation_sheet.py" line="60" />
      <source>lapisan rencana_blok kosong: gambar blok rencana (P1a/P1b) dulu.</source>
      <translation>the rencana_blok layer is empty: draw the plan blocks (P1a/P1b) first.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/regulation_sheet.py" line="79" />
      <source>Blok tanpa id_blok dicetak dengan nomor fiturnya: {ids}. Isi id_blok.</source>
      <translation>Blocks without id_blok are printed with their feature number: {ids}. Fill in id_blok.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/regulation_sheet.py" line="100" />
      <source>{blocks} blok dan {rules} aturan bersama dicetak ({pages} halaman).</source>
      <translation>{blocks} blocks and {rules} community agreements printed ({pages} pages).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/render_thematic_maps.py" line="60" />
      <source>Cetak album peta tematik</source>
      <translation>Print thematic map album</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/render_thematic_maps.py" line="63" />
      <source>Mencetak album peta tematik PLPBK ke PDF: untuk setiap peta katalog (R, B, P pada 1:1000 di atas indeks lembar kawasan prioritas; peta arahan A dan R01 pada 1:5000 di atas seluruh kelurahan) satu PDF atlas dengan satu halaman per lembar.

Data: GeoPackage basis data survei (nama tabel sesuai katalog: bangunan, persil, jalan, …). Lembar: keluaran 'Buat indeks lembar peta' (kolom nomor_lembar, skala, kertas, orientasi menentukan templat A3/A1 dan skala). Peta: kosongkan untuk semua peta atau pilih sebagian (mis. R08, R10).

Setiap lembar memuat judul dan kode peta, kelurahan dan kawasan, nomor lembar, arah utara, skala angka dan batang, grid koordinat dengan keterangan CRS/datum, petunjuk letak lembar, lokasi dalam kelurahan, legenda (hanya unsur yang tampak di lembar), sumber data dan tanggal, pembuat, dan kotak pengesahan. Varian uji_publik menambah kotak catatan warga dan ID lembar dengan kode QR agar tanggapan tertulis dapat dilacak ke lembarnya. Lembar tanpa data bertuliskan 'Data belum tersedia'.

Templat sendiri (.qpt) dapat dipakai: beri ID item yang sama (peta, legenda, judul, …; lihat templat bawaan). manifest.json mencatat kode peta, judul, nomor lembar, berkas dan nomor halaman setiap halaman.</source>
      <translation>Prints the PLPBK thematic map album to PDF: for every catalog map (R, B, P at 1:1000 over the sheet index of the priority area; guidance maps A and R01 at 1:5000 over the whole kelurahan) one atlas PDF with one page per sheet.

Data: the survey database GeoPackage (table names as in the catalog: bangunan, persil, jalan, …). Sheets: the output of 'Create map sheet index' (the nomor_lembar, skala, kertas, orientasi fields set the A3/A1 template and the scale). Maps: leave empty for all maps or pick some (e.g. R08, R10).

Every sheet carries the map title and code, kelurahan and area, sheet number, north arrow, numeric and bar scale, coordinate grid with a CRS/datum note, sheet location guide, location within the kelurahan, legend (only features visible on the sheet), data source and date, author, and an approval box. The uji_publik (public review) variant adds a box for residents' comments and a sheet ID with a QR code so that written responses can be traced back to their sheet. Sheets without data read 'No data yet'.

A custom template (.qpt) can be used: give its items the same IDs (peta, legenda, judul, …; see the built-in templates). manifest.json records the map code, title, sheet number, file and page number of every page.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/render_thematic_maps.py" line="90" />
      <source>Indeks lembar peta (keluaran 'Buat indeks lembar peta')</source>
      <translation>Map sheet index (output of 'Create map sheet index')</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/render_thematic_maps.py" line="94" />
      <source>Peta yang dicetak (kosong = semua)</source>
      <translation>Maps to print (empty = all)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/render_thematic_maps.py" line="97" />
      <source>Varian</source>
      <translation>Variant</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/render_thematic_maps.py" line="97" />
      <source>Standar</source>
      <translation>Standard</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/render_thematic_maps.py" line="97" />
      <source>Uji publik</source>
      <translation>Public review</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/render_thematic_maps.py" line="100" />
      <source>Folder keluaran album</source>
      <translation>Album output folder</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/render_thematic_maps.py" line="102" />
      <source>Templat tata letak sendiri (.qpt)</source>
      <translation>Custom layout template (.qpt)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/render_thematic_maps.py" line="104" />
      <source>Pembuat peta</source>
      <translation>Map author</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/render_thematic_maps.py" line="105" />
      <source>Keterangan sumber data</source>
      <translation>Data source note</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/render_thematic_maps.py" line="108" />
      <source>manifest.json</source>
      <translation>manifest.json</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/render_thematic_maps.py" line="122" />
      <source>indeks lembar</source>
      <translation>sheet index</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/render_thematic_maps.py" line="125" />
      <source>GeoPackage tidak ditemukan. Pilih berkas .gpkg basis data survei.</source>
      <translation>GeoPackage not found. Choose the survey database .gpkg file.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/render_thematic_maps.py" line="140" />
      <source>Halaman dicetak: </source>
      <translation>Pages printed: </translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/rona_report.py" line="32" />
      <source>Draf Laporan Rona Kawasan Prioritas (PDF dan DOCX)</source>
      <translation>Draft rona report of the priority area (PDF and DOCX)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/rona_report.py" line="35" />
      <source>Draf Laporan Rona Kawasan Prioritas menurut kisi-kisi R01–R12 pedoman: satu bagian per kode dengan angka dari basis data survei (jumlah, persen, luas atau panjang per kategori yang dipetakan, di dalam kawasan prioritas; lapisan utama juga per RT), peta bagian itu dari album (lembar pertama yang berisi data) dan tempat uraian TAPP yang ditandai. Bagian tanpa data menyatakannya di tempat.

Dua keluaran dari isi yang sama: PDF A4 (gaya laporan pemeriksaan) dan DOCX yang dapat disunting di pengolah kata. Indeks lembar kosong = lembar 1:1000 A3 dibuat untuk kawasan prioritas.</source>
      <translation>Draft Laporan Rona Kawasan Prioritas following the guideline's R01–R12 outline: one section per code with the numbers of the survey database (count, share, area or length per mapped category, inside the priority area; the main layer also per RT), the section's map from the album (the first sheet holding data) and marked places for the TAPP's analysis. A section without data says so in place.

Two outputs from the same content: an A4 PDF (the style of the check report) and a DOCX to be edited in a word processor. Empty sheet index = 1:1000 A3 sheets made for the priority area.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/rona_report.py" line="50" />
      <source>Indeks lembar peta (kosong = lembar 1:1000 kawasan prioritas)</source>
      <translation>Sheet index (empty = 1:1000 sheets of the priority area)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/rona_report.py" line="53" />
      <source>Nama kelurahan / kawasan di laporan</source>
      <translation>Kelurahan / area name on the report</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/rona_report.py" line="54" />
      <source>Sertakan peta album</source>
      <translation>Include the album maps</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/rona_report.py" line="56" />
      <source>Laporan rona (PDF)</source>
      <translation>Rona report (PDF)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/rona_report.py" line="58" />
      <source>Laporan rona (DOCX, dapat disunting)</source>
      <translation>Rona report (DOCX, editable)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/rona_report.py" line="90" />
      <source>Mencetak peta bagian dari album …</source>
      <translation>Printing the sections' album maps …</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/rona_report.py" line="104" />
      <source>DOCX tidak dibuat: pustaka python-docx tidak terpasang. Pasang dengan: pip install python-docx, lalu ulangi. PDF tetap dibuat.</source>
      <translation>DOCX not made: the python-docx library is not installed. Install it with: pip install python-docx, then run again. The PDF is made.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/rona_report.py" line="112" />
      <source>Laporan rona: {pages} halaman, {n} dari {total} bagian berisi data.</source>
      <translation>Rona report: {pages} pages, {n} of {total} sections hold data.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/printing/rona_report.py" line="126" />
      <source>Tanpa kawasan prioritas dan indeks lembar: laporan dibuat tanpa peta.</source>
      <translation>No priority area and no sheet index: the report is made without maps.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/apply_conflict_decisions.py" line="25" />
      <source>Terapkan keputusan rembug pokja</source>
      <translation>Apply the pokja rembug decisions</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/apply_conflict_decisions.py" line="28" />
      <source>Menerapkan keputusan rembug pokja atas konflik survei (kode pedoman S6). Di lapisan konflik_survei, setiap konflik punya versi 0 (nilai sebelum survei) dan satu versi per pokja. Isi kolom keputusan 'pakai' pada versi yang dipilih (untuk objek ganda boleh lebih dari satu bila memang objek berbeda), atau 'tolak' pada semua versi pokja untuk mempertahankan nilai sebelum survei. Konflik yang belum diputuskan tetap terbuka. Dua versi 'pakai' untuk satu nilai ditolak dengan pesan; tidak ada yang diubah untuk konflik itu.</source>
      <translation>Applies the pokja rembug (pokja meeting) decisions on survey conflicts (guideline code S6). In the konflik_survei layer every conflict has version 0 (the value before the survey) and one version per pokja. Fill the keputusan field with 'pakai' (use) on the chosen version (for duplicate objects more than one is allowed when they really are different objects), or 'tolak' (reject) on every pokja version to keep the value from before the survey. Conflicts not yet decided stay open. Two 'pakai' versions for one value are refused with a message; nothing is changed for that conflict.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/apply_conflict_decisions.py" line="38" />
      <source>GeoPackage basis data survei (induk)</source>
      <translation>Survey database GeoPackage (master)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/apply_conflict_decisions.py" line="40" />
      <source>Konflik diputuskan</source>
      <translation>Conflicts decided</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/apply_conflict_decisions.py" line="41" />
      <source>Konflik masih terbuka</source>
      <translation>Conflicts still open</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/apply_conflict_decisions.py" line="55" />
      <source>{n} konflik diputuskan, {m} masih terbuka.</source>
      <translation>{n} conflicts decided, {m} still open.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_survey_database.py" line="65" />
      <source>Buat basis data survei (GeoPackage + proyek)</source>
      <translation>Create survey database (GeoPackage + project)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_survey_database.py" line="68" />
      <source>Membuat GeoPackage berisi semua lapisan tematik katalog PLPBK (kode pedoman A, B, P, batas wilayah, persil, foto survei) dalam CRS metrik pilihan, tabel plpbk_catalog, serta proyek QGIS (.qgz) di folder yang sama: grup lapisan berurutan, gaya, tema peta per peta tematik, dan formulir isian (daftar nilai, wajib isi, tanggal survei, pokja, surveyor, foto dengan jalur relatif). Proyek dapat dibuka di QField.

CRS otomatis: zona TM-3 DGN95 dari bujur lapisan batas (tanpa batas: EPSG:23834, TM-3 zona 48.2). Berkas yang sudah ada tidak akan ditimpa kecuali 'Timpa' dicentang.</source>
      <translation>Creates a GeoPackage with every thematic layer of the PLPBK catalog (guideline codes A, B, P, area boundaries, plots, survey photos) in a chosen metric CRS, the plpbk_catalog table, and a QGIS project (.qgz) in the same folder: ordered layer groups, styles, a map theme per thematic map, and attribute forms (value lists, required fields, survey date, pokja (working group), surveyor, photos with relative paths). The project can be opened in QField.

Automatic CRS: the TM-3 DGN95 zone from the longitude of the boundary layer (without a boundary: EPSG:23834, TM-3 zone 48.2). Existing files are not overwritten unless 'Overwrite' is ticked.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_survey_database.py" line="89" />
      <source>Batas kelurahan / kawasan (untuk memilih zona CRS)</source>
      <translation>Kelurahan / area boundary (to choose the CRS zone)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_survey_database.py" line="91" />
      <source>Otomatis: TM-3 DGN95 dari bujur lapisan batas</source>
      <translation>Automatic: TM-3 DGN95 from the boundary layer longitude</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_survey_database.py" line="94" />
      <source>Sistem koordinat (CRS) metrik</source>
      <translation>Metric coordinate system (CRS)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_survey_database.py" line="96" />
      <source>Nama kelurahan (judul proyek)</source>
      <translation>Kelurahan name (project title)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_survey_database.py" line="98" />
      <source>Nama surveyor (isian bawaan formulir)</source>
      <translation>Surveyor name (form default)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_survey_database.py" line="100" />
      <source>Timpa basis data yang ada (data lama hilang)</source>
      <translation>Overwrite existing database (old data is lost)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_survey_database.py" line="103" />
      <source>Bahasa judul dan alias</source>
      <translation>Language of titles and aliases</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_survey_database.py" line="106" />
      <source>Proyek QGIS</source>
      <translation>QGIS project</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_survey_database.py" line="107" />
      <source>Jumlah lapisan</source>
      <translation>Number of layers</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_survey_database.py" line="108" />
      <source>CRS</source>
      <translation>CRS</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_survey_database.py" line="128" />
      <source>Bujur pusat batas {lon:.3f}° → EPSG:{epsg}</source>
      <translation>Boundary center longitude {lon:.3f}° → EPSG:{epsg}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_survey_database.py" line="167" />
      <source>batas</source>
      <translation>boundary</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_survey_database.py" line="169" />
      <source>Lapisan batas kosong atau tanpa geometri: CRS bawaan dipakai.</source>
      <translation>The boundary layer is empty or has no geometry: the default CRS is used.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_survey_database.py" line="175" />
      <source>Membuat {n} lapisan di {path}</source>
      <translation>Creating {n} layers in {path}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_survey_database.py" line="182" />
      <source>Pemetaan Swadaya Kelurahan {name}</source>
      <translation>Pemetaan Swadaya (community mapping) Kelurahan {name}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_survey_database.py" line="195" />
      <source>Proyek disimpan: {path}</source>
      <translation>Project saved: {path}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_work_areas.py" line="39" />
      <source>Buat wilayah kerja pokja</source>
      <translation>Create pokja work areas</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_work_areas.py" line="42" />
      <source>Membagi kelurahan atau kawasan prioritas menjadi wilayah kerja pokja untuk Pemetaan Swadaya (kode pedoman S1, S4): per RT, per RW, atau seimbang — N wilayah dengan jumlah bangunan hampir sama (selisih paling banyak satu bangunan per potongan) dan bentuk ringkas (dipotong melintang sisi terpanjang), tanpa celah atau tumpang tindih. Setiap wilayah mendapat pokja (bergiliran menurut daftar pokja katalog), tema (lapisan katalog yang menjadi tanggung jawab pokja itu) dan nama tim; ubah sesudahnya bila perlu.

Hasil ditulis ke lapisan wilayah_kerja basis data survei; wilayah kerja yang sudah ada hanya diganti bila 'Ganti wilayah kerja yang ada' dicentang.</source>
      <translation>Divides the kelurahan or the priority area into pokja work areas for the Pemetaan Swadaya (guideline codes S1, S4): per RT, per RW, or balanced — N areas with nearly the same number of buildings (at most one building apart per cut) and compact shapes (cut across the longer side), without gaps or overlaps. Each area gets a pokja (in turn, in the catalog's pokja order), its themes (the catalog layers that pokja is responsible for) and a team name; edit them afterwards if needed.

The result is written to the survey database's wilayah_kerja layer; existing work areas are only replaced when 'Replace existing work areas' is ticked.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_work_areas.py" line="56" />
      <source>Dibagi</source>
      <translation>Divide</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_work_areas.py" line="57" />
      <source>seluruh kelurahan</source>
      <translation>the whole kelurahan</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_work_areas.py" line="57" />
      <source>kawasan prioritas</source>
      <translation>priority area</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_work_areas.py" line="59" />
      <source>per RT</source>
      <translation>per RT</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_work_areas.py" line="59" />
      <source>per RW</source>
      <translation>per RW</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_work_areas.py" line="60" />
      <source>seimbang menurut jumlah bangunan</source>
      <translation>balanced by building count</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_work_areas.py" line="61" />
      <source>Jumlah wilayah (metode seimbang)</source>
      <translation>Number of areas (balanced method)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_work_areas.py" line="63" />
      <source>Ganti wilayah kerja yang ada</source>
      <translation>Replace existing work areas</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_work_areas.py" line="64" />
      <source>Wilayah kerja</source>
      <translation>Work areas</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_work_areas.py" line="83" />
      <source>lapisan {table} kosong: gambar batasnya dulu.</source>
      <translation>layer {table} is empty: draw its boundary first.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_work_areas.py" line="90" />
      <source>lapisan wilayah_kerja sudah berisi {n} wilayah. Centang 'Ganti wilayah kerja yang ada' untuk menggantinya; tidak ada yang diubah.</source>
      <translation>the wilayah_kerja layer already holds {n} areas. Tick 'Replace existing work areas' to replace them; nothing was changed.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/create_work_areas.py" line="133" />
      <source>{n} wilayah kerja ({method}); bangunan per wilayah {low}–{high}.</source>
      <translation>{n} work areas ({method}); buildings per area {low}–{high}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/data_completeness.py" line="41" />
      <source>Daftar periksa kelengkapan data</source>
      <translation>Data completeness checklist</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/data_completeness.py" line="44" />
      <source>Daftar periksa data (kode pedoman S4): untuk setiap lapisan katalog dan setiap RT (atau wilayah kerja), berapa fitur sudah ada dan berapa persen isian wajib sudah terisi.

Wilayah: kosong = tabel rt di GeoPackage (nama 'RW xx / RT yy'); atau pilih lapisan wilayah kerja dan kolom namanya; atau centang 'Per wilayah kerja pokja' untuk memakai lapisan wilayah_kerja basis data (nama 'WK-01 · Tim …', jadi setiap pokja melihat wilayahnya). Hasil: tabel dan ringkasan HTML siap cetak.</source>
      <translation>Data checklist (guideline code S4): for every catalog layer and every RT (or work area), how many features exist and what share of the required fields is filled in.

Units: empty = the rt table of the GeoPackage (named 'RW xx / RT yy'); or choose a work-area layer and its name field; or tick 'Per pokja work area' to use the database's wilayah_kerja layer (named 'WK-01 · Tim …', so each pokja sees its own area). Result: a table and a printable HTML summary.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/data_completeness.py" line="57" />
      <source>Wilayah (kosong = RT dari GeoPackage)</source>
      <translation>Areas (empty = RT from the GeoPackage)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/data_completeness.py" line="60" />
      <source>Kolom nama wilayah</source>
      <translation>Area name field</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/data_completeness.py" line="63" />
      <source>Per wilayah kerja pokja (lapisan wilayah_kerja)</source>
      <translation>Per pokja work area (wilayah_kerja layer)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/data_completeness.py" line="65" />
      <source>Daftar periksa data</source>
      <translation>Data checklist</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/data_completeness.py" line="67" />
      <source>Ringkasan (HTML, siap cetak)</source>
      <translation>Summary (HTML, print-ready)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/data_completeness.py" line="69" />
      <source>Kelengkapan rata-rata (%)</source>
      <translation>Average completeness (%)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/data_completeness.py" line="82" />
      <source>basis data tidak punya lapisan wilayah_kerja.</source>
      <translation>the database has no wilayah_kerja layer.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/data_completeness.py" line="86" />
      <source>lapisan wilayah_kerja kosong: jalankan 'Buat wilayah kerja pokja' dulu.</source>
      <translation>the wilayah_kerja layer is empty: run 'Create pokja work areas' first.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/data_completeness.py" line="101" />
      <source>wilayah</source>
      <translation>units</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/data_completeness.py" line="156" />
      <source>Kelengkapan rata-rata: {p:.1f}%</source>
      <translation>Average completeness: {p:.1f}%</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/merge_field_work.py" line="43" />
      <source>Gabungkan paket kerja lapangan pokja</source>
      <translation>Merge pokja field work packages</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/merge_field_work.py" line="46" />
      <source>Menggabungkan paket kerja lapangan (folder dari 'Siapkan paket kerja lapangan pokja', atau GeoPackage-nya; berapa pun, urutan apa pun) ke basis data induk (kode pedoman S5, S6). Perubahan setiap paket dibaca dengan pygeodiff terhadap salinan aslinya (_dasar/), jadi edit dari QField, QGIS atau alat lain sama saja.

Setiap fitur baru, fitur terhapus dan nilai yang diubah mendapat satu hasil: diterapkan, ganda (induk sudah berisi hal yang sama), sudah (paket ini pernah digabung) atau konflik. Konflik: fitur yang sama diberi nilai berbeda oleh dua pokja, fitur diubah satu pokja dan dihapus pokja lain, atau dua fitur baru yang merupakan objek yang sama (poligon bertampalan ≥ OVERLAP, titik berjarak ≤ DISTANCE m). Selama konflik belum diputuskan, induk memegang nilai sebelum survei; semua versi disimpan di lapisan konflik_survei untuk rembug pokja. Isi kolom 'keputusan' (pakai/tolak) lalu jalankan 'Terapkan keputusan rembug'.

Hasilnya sama apa pun urutan paketnya; menggabungkan paket yang sama dua kali tidak mengubah apa-apa. Paket dari basis data lain atau yang struktur tabelnya diubah ditolak dengan alasannya; paket lain tetap digabung. Penggabungan berjalan di salinan induk dan induk diganti sekali di akhir, jadi induk tidak pernah tergabung setengah. Foto ikut disalin (path relatif tetap; berkas yang sama tidak disalin dua kali). Asal setiap edit (paket, pokja, surveyor, tanggal) dicatat di riwayat_survei.</source>
      <translation>Merges field work packages (folders from 'Prepare pokja field work packages', or their GeoPackages; any number, in any order) into the master database (guideline codes S5, S6). Each package's changes are read with pygeodiff against its original copy (_dasar/), so edits from QField, QGIS or any other tool are treated alike.

Every new feature, deleted feature and changed value gets one outcome: diterapkan (applied), ganda (duplicate: the master already holds the same thing), sudah (already: this package was merged before) or konflik (conflict). A conflict: the same feature given different values by two pokja, a feature changed by one pokja and deleted by another, or two new features that are the same object (polygons overlapping ≥ OVERLAP, points ≤ DISTANCE m apart). While a conflict is undecided, the master holds the value from before the survey; every version is kept in the konflik_survei layer for the pokja rembug (pokja meeting). Fill in the 'keputusan' field (pakai/tolak) and then run 'Apply the pokja rembug decisions'.

The result is the same whatever the order of the packages; merging the same package twice changes nothing. Packages from another database or with a changed table structure are refused with the reason; the other packages are still merged. The merge runs on a copy of the master and the master is replaced once at the end, so the master is never half merged. Photos are copied along (relative paths kept; the same file is not copied twice). The origin of every edit (package, pokja, surveyor, date) is recorded in riwayat_survei.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/merge_field_work.py" line="70" />
      <source>Paket (folder atau GeoPackage paket)</source>
      <translation>Packages (folder or package GeoPackage)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/merge_field_work.py" line="72" />
      <source>Objek sama bila poligon bertampalan (IoU) paling sedikit</source>
      <translation>Same object when polygons overlap (IoU) at least</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/merge_field_work.py" line="75" />
      <source>Objek sama bila titik berjarak paling jauh (m)</source>
      <translation>Same object when points are at most this far apart (m)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/merge_field_work.py" line="77" />
      <source>Hasil penggabungan per edit</source>
      <translation>Merge result per edit</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/merge_field_work.py" line="79" />
      <source>Laporan penggabungan (JSON)</source>
      <translation>Merge report (JSON)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/merge_field_work.py" line="82" />
      <source>Daftar konflik untuk rembug (PDF)</source>
      <translation>Conflict list for the rembug (PDF)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/merge_field_work.py" line="83" />
      <source>Konflik terbuka</source>
      <translation>Open conflicts</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/merge_field_work.py" line="103" />
      <source>pilih paling sedikit satu paket.</source>
      <translation>choose at least one package.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/merge_field_work.py" line="114" />
      <source>paket {source} ditolak: {reason}</source>
      <translation>package {source} refused: {reason}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/merge_field_work.py" line="118" />
      <source>{code}: {features} fitur ({edited} diedit), {edits} edit — diterapkan {a}, ganda {d}, sudah {s}, konflik {c}</source>
      <translation>{code}: {features} features ({edited} edited), {edits} edits — diterapkan {a}, ganda {d}, sudah {s}, konflik {c}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/merge_field_work.py" line="125" />
      <source>foto tidak dapat disalin ke folder induk (salin sendiri): {names}</source>
      <translation>photos could not be copied to the master's folder (copy them by hand): {names}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/merge_field_work.py" line="128" />
      <source>foto tidak ditemukan di paket: {names}</source>
      <translation>photos not found in the package: {names}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/merge_field_work.py" line="130" />
      <source>konflik terbuka: {n}; induk {state}.</source>
      <translation>open conflicts: {n}; master {state}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/merge_field_work.py" line="131" />
      <source>diperbarui</source>
      <translation>updated</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/merge_field_work.py" line="131" />
      <source>tidak berubah</source>
      <translation>unchanged</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/prepare_field_work.py" line="42" />
      <source>Siapkan paket kerja lapangan pokja</source>
      <translation>Prepare pokja field work packages</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/prepare_field_work.py" line="45" />
      <source>Membuat satu paket per wilayah kerja (lapisan wilayah_kerja, dari 'Buat wilayah kerja pokja') di OUTPUT_FOLDER/[kode_wilayah]/ (kode pedoman S4, S5):
• GeoPackage dengan struktur sama dengan basis data induk, berisi fitur wilayah itu dan margin di sekitarnya;
• proyek QGIS siap QField (path relatif, formulir, wilayah kerja disorot, peta dasar dipotong ke wilayah, folder foto DCIM; setiap lapisan berpengaturan QFieldSync 'copy');
• catatan keadaan induk (paket_plpbk.json dan salinan asli di _dasar/) agar edit pokja nanti dapat dibedakan dari data yang sudah ada — jangan hapus atau ubah keduanya;
• lembar lapangan PDF (peta 1:1000 wilayah itu dan daftar periksa S4) untuk pokja yang bekerja di atas kertas.

Basis data induk mendapat ID (tabel plpbk_info) bila belum punya; selain itu induk tidak diubah. Folder paket yang sudah ada tidak ditimpa. Salin folder paket ke ponsel (QField) atau pakai QFieldSync 'cable export'; kembalikan foldernya untuk 'Gabungkan paket kerja lapangan'.</source>
      <translation>Creates one package per work area (wilayah_kerja layer, from 'Create pokja work areas') in OUTPUT_FOLDER/[kode_wilayah]/ (guideline codes S4, S5):
• a GeoPackage with the same structure as the master database, holding that area's features and a margin around it;
• a QGIS project ready for QField (relative paths, forms, the work area highlighted, base map clipped to the area, DCIM photo folder; every layer with the QFieldSync setting 'copy');
• a record of the master's state (paket_plpbk.json and the original copy in _dasar/) so that the pokja's edits can later be told apart from the existing data — do not delete or change either;
• a PDF field sheet (a 1:1000 map of that area and the S4 checklist) for pokja working on paper.

The master database gets an ID (plpbk_info table) if it has none; otherwise the master is not changed. Existing package folders are not overwritten. Copy the package folder to the phone (QField) or use QFieldSync 'cable export'; bring the folder back for 'Merge pokja field work packages'.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/prepare_field_work.py" line="65" />
      <source>Kode wilayah kerja (dipisah koma; kosong = semua)</source>
      <translation>Work area codes (comma-separated; empty = all)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/prepare_field_work.py" line="66" />
      <source>Peta dasar raster</source>
      <translation>Raster base map</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/prepare_field_work.py" line="68" />
      <source>Margin di sekitar wilayah (m)</source>
      <translation>Margin around the area (m)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/prepare_field_work.py" line="71" />
      <source>Buat lembar lapangan PDF</source>
      <translation>Make PDF field sheets</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/prepare_field_work.py" line="72" />
      <source>Folder paket</source>
      <translation>Package folder</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/prepare_field_work.py" line="73" />
      <source>Jumlah paket</source>
      <translation>Number of packages</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/prepare_field_work.py" line="88" />
      <source>fitur {f}: kode_wilayah kosong</source>
      <translation>feature {f}: kode_wilayah is empty</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/prepare_field_work.py" line="90" />
      <source>kode_wilayah {code} ganda</source>
      <translation>kode_wilayah {code} is used twice</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/prepare_field_work.py" line="92" />
      <source>kode_wilayah {code} berisi karakter yang tidak boleh di nama folder</source>
      <translation>kode_wilayah {code} holds characters not allowed in a folder name</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/prepare_field_work.py" line="94" />
      <source>wilayah {code} tanpa geometri</source>
      <translation>area {code} has no geometry</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/prepare_field_work.py" line="98" />
      <source>Perbaiki lapisan wilayah_kerja lalu ulangi.</source>
      <translation>Fix the wilayah_kerja layer and try again.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/prepare_field_work.py" line="103" />
      <source>wilayah kerja tidak ada: {codes}. Yang ada: {known}.</source>
      <translation>work areas not found: {codes}. Existing: {known}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/prepare_field_work.py" line="127" />
      <source>folder paket sudah ada dan tidak ditimpa: {codes}. Pilih folder keluaran lain (paket lama mungkin berisi hasil lapangan).</source>
      <translation>package folders already exist and were not overwritten: {codes}. Choose another output folder (the old packages may hold field results).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/prepare_field_work.py" line="155" />
      <source>{code}: peta dasar tidak mencakup wilayah ini.</source>
      <translation>{code}: the base map does not cover this area.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/prepare_field_work.py" line="171" />
      <source>{code}: {n} bangunan, {total} fitur; paket di {folder}</source>
      <translation>{code}: {n} buildings, {total} features; package in {folder}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/validate_survey.py" line="41" />
      <source>Periksa data survei</source>
      <translation>Check survey data</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/validate_survey.py" line="44" />
      <source>Memeriksa isi basis data survei (GeoPackage dari 'Buat basis data survei') terhadap katalog: geometri kosong atau tidak valid, tipe geometri salah, bangunan tumpang tindih, nilai di luar daftar, isian wajib kosong, angka di luar rentang, fitur di luar kawasan prioritas, dan ID ganda.

Di luar kawasan prioritas: lapisan rencana RTPLP (kelompok P) selalu diperiksa, karena rencana dibuat untuk kawasan prioritas. Lapisan rona 1:1000 (kelompok B: bangunan, persil, jalan …) hanya diperiksa bila 'Laporkan juga data rona (kelompok B) di luar kawasan prioritas' dicentang: Pemetaan Swadaya dilakukan se-kelurahan, jadi data rona di luar kawasan sah.

Hasil: satu baris per masalah (lapisan, fid, kode masalah, pesan, titik untuk zoom) dan jumlah per kode. Data survei TIDAK diubah.</source>
      <translation>Checks the contents of the survey database (GeoPackage from 'Create survey database') against the catalog: empty or invalid geometries, wrong geometry types, overlapping buildings, values outside the value list, empty required fields, numbers out of range, features outside the priority area, and duplicate IDs.

Outside the priority area: RTPLP (settlement action plan) layers (group P) are always checked, because the plan is made for the priority area. 1:1000 existing-condition layers (group B: bangunan, persil, jalan …) are only checked when 'Also report existing-condition data (group B) outside the priority area' is ticked: Pemetaan Swadaya (community self-mapping) covers the whole kelurahan, so existing-condition data outside the area is valid.

Result: one row per problem (layer, fid, problem code, message, point to zoom to) and counts per code. The survey data is NOT changed.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/validate_survey.py" line="62" />
      <source>Kawasan prioritas (kosong = tabel kawasan_prioritas)</source>
      <translation>Priority area (empty = kawasan_prioritas table)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/validate_survey.py" line="66" />
      <source>Luas tumpang tindih minimum yang dilaporkan (m²)</source>
      <translation>Minimum reported overlap area (m²)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/validate_survey.py" line="74" />
      <source>Laporkan juga data rona (kelompok B) di luar kawasan prioritas</source>
      <translation>Also report existing-condition data (group B) outside the priority area</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/validate_survey.py" line="78" />
      <source>Masalah data survei</source>
      <translation>Survey data problems</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/validate_survey.py" line="79" />
      <source>Jumlah masalah</source>
      <translation>Number of problems</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/validate_survey.py" line="80" />
      <source>Jumlah per kode (JSON)</source>
      <translation>Counts per code (JSON)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/validate_survey.py" line="139" />
      <source>Kawasan prioritas kosong: pemeriksaan 'di luar kawasan' dilewati. Gambar batas kawasan di lapisan kawasan_prioritas.</source>
      <translation>Priority area is empty: the 'outside the area' check is skipped. Draw the area boundary in the kawasan_prioritas layer.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/validate_survey.py" line="171" />
      <source>wilayah kerja {code} ({team}): {n} masalah</source>
      <translation>work area {code} ({team}): {n} problems</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/algorithms/survey/validate_survey.py" line="177" />
      <source>Jumlah masalah: {n}</source>
      <translation>Number of problems: {n}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/analysis_inputs.py" line="39" />
      <source>pilih basis data survei.</source>
      <translation>choose a survey database.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/analysis_inputs.py" line="59" />
      <source>wilayah RT</source>
      <translation>RT units</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/analysis_inputs.py" line="64" />
      <source>pilih kolom nomor RT lapisan wilayah.</source>
      <translation>choose the RT number field of the unit layer.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/analysis_inputs.py" line="94" />
      <source>… dan {n} masalah lain (lihat tabel keluaran).</source>
      <translation>… and {n} more problems (see the output table).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/analysis_inputs.py" line="122" />
      <source>{n} baris ditulis ke lapisan {table} di {path} (peta album).</source>
      <translation>{n} rows written to layer {table} in {path} (album map).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/base.py" line="20" />
      <source>1. Basis data Pemetaan Swadaya</source>
      <translation>1. Pemetaan Swadaya (community mapping) database</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/base.py" line="21" />
      <source>2. Peta dasar dan rencana kota</source>
      <translation>2. Base map and city plan</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/base.py" line="22" />
      <source>3. Analisis</source>
      <translation>3. Analyses</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/base.py" line="23" />
      <source>4. Pemeriksaan kesesuaian</source>
      <translation>4. Conformance checks</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/base.py" line="24" />
      <source>5. Peta dan album cetak</source>
      <translation>5. Maps and print album</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/base.py" line="132" />
      <source>lapisan '{}'</source>
      <translation>layer '{}'</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/base.py" line="132" />
      <source>kolom '{}'</source>
      <translation>field '{}'</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/base.py" line="132" />
      <source>fitur {}</source>
      <translation>feature {}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/base.py" line="163" />
      <source>Berkas atau folder '{path}' tidak dapat dibaca/ditulis ({reason}). Pilih lokasi lain yang dapat ditulis, atau periksa berkasnya; tidak ada masukan yang diubah.</source>
      <translation>File or folder '{path}' cannot be read/written ({reason}). Choose another location that can be written, or check the file; no input was changed.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/base.py" line="173" />
      <source>{name} berhenti karena masalah yang tidak terduga pada masukan: {kind}: {message}. Periksa lapisan dan parameter masukan; rincian teknis ada di panel Log Pesan (tab PLPBK).</source>
      <translation>{name} stopped on an unexpected problem with its input: {kind}: {message}. Check the input layers and parameters; technical details are in the Log Messages panel (PLPBK tab).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/base.py" line="202" />
      <source>Dibatalkan oleh pengguna setelah basis data survei mulai ditulis: perubahan basis data sudah tersimpan utuh (tidak ikut dibatalkan); keluaran lain yang belum selesai dihapus ({removed}).</source>
      <translation>Cancelled by the user after the survey database had started to be written: the database changes are saved in full (they were not cancelled); other unfinished outputs were removed ({removed}).</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/base.py" line="206" />
      <source>Dibatalkan oleh pengguna. Keluaran yang belum selesai dihapus ({removed}); masukan tidak diubah.</source>
      <translation>Cancelled by the user. Unfinished outputs removed ({removed}); inputs unchanged.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/base.py" line="209" />
      <source>Berkas yang sudah ada sebelumnya tidak dihapus, periksa isinya: {files}.</source>
      <translation>Files that existed before were not deleted; check their content: {files}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/base.py" line="222" />
      <source>CRS '{value}' tidak dikenal QGIS. Pilih CRS dari daftar (mis. EPSG:23834 TM-3 zona 48.2 atau EPSG:9477 UTM SRGI2013), atau kosongkan.</source>
      <translation>CRS '{value}' is unknown to QGIS. Choose a CRS from the list (e.g. EPSG:23834 TM-3 zone 48.2 or EPSG:9477 UTM SRGI2013), or leave it empty.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="16" />
      <source>Kolom KDB maksimum (%)</source>
      <translation>Maximum KDB field (%)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="17" />
      <source>Kolom KLB maksimum</source>
      <translation>Maximum KLB field</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="18" />
      <source>Kolom KDH minimum (%)</source>
      <translation>Minimum KDH field (%)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="19" />
      <source>Kolom GSB minimum (m)</source>
      <translation>Minimum GSB field (m)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="20" />
      <source>Kolom tinggi maksimum (m)</source>
      <translation>Maximum height field (m)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="21" />
      <source>Kolom jumlah lantai maksimum</source>
      <translation>Maximum number of floors field</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="27" />
      <source>otomatis (0–1 = pecahan, dengan catatan)</source>
      <translation>automatic (0–1 = fraction, with a note)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="27" />
      <source>persen</source>
      <translation>percent</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="28" />
      <source>pecahan (0–1)</source>
      <translation>fraction (0–1)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="46" />
      <source>Zona rencana kota</source>
      <translation>City plan zones</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="51" />
      <source>kolom kode zona tidak ada. Pilih kolom kode (sub-)zona atau jalankan 'Impor rencana kota' dulu.</source>
      <translation>zone code field not found. Choose the (sub-)zone code field or run 'Import city plan' first.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="60" />
      <source>kolom aturan tidak ada di lapisan zona.</source>
      <translation>the zone layer has no rule fields.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="84" />
      <source>Penulisan KDB/KDH/KTB</source>
      <translation>How KDB/KDH/KTB are written</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="88" />
      <source>Alternatif intensitas yang dipakai (0 = yang terpenuhi per persil)</source>
      <translation>Intensity alternative to apply (0 = the one each plot meets)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="103" />
      <source>persil</source>
      <translation>parcels</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="103" />
      <source>KDB/KLB/KDH, zona, GSB</source>
      <translation>KDB/KLB/KDH, zones, GSB</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="103" />
      <source>aturan</source>
      <translation>rules</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="103" />
      <source>selesai</source>
      <translation>done</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="104" />
      <source>tumpang susun zona</source>
      <translation>zone overlay</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="104" />
      <source>guna rencana</source>
      <translation>planned use</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="104" />
      <source>intensitas</source>
      <translation>intensity</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="115" />
      <source>Menghitung: {}</source>
      <translation>Computing: {}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="130" />
      <source>tabel ITBX tidak dapat dibaca: {}</source>
      <translation>the ITBX table cannot be read: {}</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="135" />
      <source>tabel ITBX tidak dapat dibuka.</source>
      <translation>the ITBX table cannot be opened.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="148" />
      <source>tabel ITBX harus memiliki kolom kode_kegiatan.</source>
      <translation>the ITBX table must have a kode_kegiatan column.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="175" />
      <source>Tabel ITBX (berkas CSV/XLSX/GeoPackage)</source>
      <translation>ITBX table (CSV/XLSX/GeoPackage file)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="176" />
      <source>Tabel ITBX (*.csv *.xlsx *.gpkg *.ods);;Semua berkas (*.*)</source>
      <translation>ITBX table (*.csv *.xlsx *.gpkg *.ods);;All files (*.*)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="178" />
      <source>Tabel ITBX (lapisan/tabel hasil impor rencana kota)</source>
      <translation>ITBX table (layer/table from the city plan import)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="188" />
      <source>Zona rencana kota (dengan aturan)</source>
      <translation>City plan zones (with rules)</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/check_inputs.py" line="190" />
      <source>Kolom kode zona</source>
      <translation>Zone code field</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/help_pages.py" line="52" />
      <source>opsional</source>
      <translation>optional</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/help_pages.py" line="53" />
      <source>wajib</source>
      <translation>required</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/help_pages.py" line="53" />
      <source>lanjutan</source>
      <translation>advanced</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/help_pages.py" line="72" />
      <source>Kunci</source>
      <translation>Key</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/help_pages.py" line="72" />
      <source>Keterangan</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/help_pages.py" line="72" />
      <source>Wajib/opsional</source>
      <translation>Required/optional</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/help_pages.py" line="72" />
      <source>Bawaan</source>
      <translation>Default</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/help_pages.py" line="82" />
      <source>Kode pedoman PLPBK:</source>
      <translation>PLPBK guideline codes:</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/help_pages.py" line="83" />
      <source>Apa yang dilakukan</source>
      <translation>What it does</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/help_pages.py" line="84" />
      <source>Masukan</source>
      <translation>Inputs</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/help_pages.py" line="85" />
      <source>Keluaran</source>
      <translation>Outputs</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/help_pages.py" line="86" />
      <source>Contoh</source>
      <translation>Example</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/help_pages.py" line="87" />
      <source>Konsol Python QGIS:</source>
      <translation>QGIS Python console:</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/help_pages.py" line="89" />
      <source>Baris perintah:</source>
      <translation>Command line:</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/import_crs.py" line="53" />
      <source>CRS tujuan tidak dipilih; dipakai {authid} ({name}) menurut bujur data {lon}.</source>
      <translation>No target CRS chosen; using {authid} ({name}) from the data longitude {lon}.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/layer_checks.py" line="14" />
      <source>titik</source>
      <translation>points</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/layer_checks.py" line="15" />
      <source>garis</source>
      <translation>lines</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/layer_checks.py" line="16" />
      <source>poligon</source>
      <translation>polygons</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/layer_checks.py" line="27" />
      <source>lapisan tidak ditemukan atau tidak dapat dibuka.</source>
      <translation>the layer was not found or cannot be opened.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/layer_checks.py" line="41" />
      <source>harus berupa {expected}, bukan {actual}. Pilih lapisan yang benar.</source>
      <translation>must be {expected}, not {actual}. Choose the right layer.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/layer_checks.py" line="43" />
      <source>tanpa geometri</source>
      <translation>no geometry</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/output_guard.py" line="121" />
      <source>keluaran '{output}' ({path}) akan menimpa masukan '{input}'. Pilih berkas keluaran lain (atau, untuk GeoPackage, nama lapisan lain); masukan tidak diubah.</source>
      <translation>output '{output}' ({path}) would overwrite input '{input}'. Choose another output file (or, for a GeoPackage, another layer name); the input was not changed.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/provider.py" line="44" />
      <source>PLPBK — Penataan Lingkungan Permukiman Berbasis Komunitas</source>
      <translation>PLPBK — Community-Based Settlement Planning</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/unsaved_edits.py" line="67" />
      <source>lapisan {layers} dari basis data ini sedang disunting dan ada suntingan yang belum disimpan; algoritma ini menulis ke tabel itu. Simpan suntingan (Simpan Suntingan Lapisan) atau batalkan dulu, lalu jalankan lagi; tidak ada yang diubah.</source>
      <translation>layer {layers} of this database is being edited and has unsaved edits; this algorithm writes to that table. Save the edits (Save Layer Edits) or discard them first, then run again; nothing was changed.</translation>
    </message>
    <message>
      <location filename="plpbk_qgis/processing/unsaved_edits.py" line="73" />
      <source>lapisan {layers} punya suntingan yang belum disimpan: hasil ini memakai data yang sudah tersimpan di berkas. Simpan suntingan dulu bila suntingan itu harus ikut.</source>
      <translation>layer {layers} has unsaved edits: this result uses the data saved in the file. Save the edits first if they should be included.</translation>
    </message>
  </context>
</TS>
