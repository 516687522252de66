"""Draws plpbk_qgis/icon.png (64 px): a kampung block plan with a 1:1000 sheet frame.

Run with the QGIS Python: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icon.py``.
"""
import sys
from pathlib import Path

from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QBrush, QColor, QGuiApplication, QImage, QPainter, QPen

app = QGuiApplication(sys.argv)
size = 64
image = QImage(size, size, QImage.Format_ARGB32)
image.fill(Qt.transparent)
p = QPainter(image)
p.setRenderHint(QPainter.Antialiasing)
p.setPen(QPen(QColor("#1f4e79"), 3))
p.setBrush(QBrush(QColor("#f5f1e6")))
p.drawRoundedRect(QRectF(3, 3, 58, 58), 8, 8)
p.setPen(Qt.NoPen)
p.setBrush(QBrush(QColor("#9e9e9e")))
p.drawRect(QRectF(6, 29, 52, 6))          # road
p.drawRect(QRectF(29, 6, 5, 52))          # gang
colours = ["#c0392b", "#e67e22", "#c0392b", "#27ae60"]
blocks = [(9, 9, 16, 16), (38, 9, 17, 9), (38, 20, 8, 6), (9, 39, 16, 15)]
for colour, (x, y, w, h) in zip(colours, blocks):
    p.setBrush(QBrush(QColor(colour)))
    p.drawRect(QRectF(x, y, w, h))
p.setBrush(QBrush(QColor("#2980b9")))
p.drawRect(QRectF(38, 39, 17, 15))
p.end()
out = Path(__file__).resolve().parent.parent / "plpbk_qgis" / "icon.png"
image.save(str(out))
print(out)
