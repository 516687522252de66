"""The long parts of the printable check report: plan blocks, violations, 'perlu dicek' groups."""

from __future__ import annotations

from .content import STATUS_LABELS, ResultTable, block_rows, format_count, needs_check

# widths in mm on A4 portrait with 18 mm margins (174 mm usable)
VIOLATION_WIDTHS = (9, 20, 15, 62, 68)
REASON_WIDTHS = (47, 50, 13, 64)
SAMPLE_IDS = 12


def blocks_section(writer, table: ResultTable) -> list:
    """Each plan block: zone(s) and shares, planned vs allowed per rule with its status, reasons.

    The zone cell is coloured by ``status_zona``, each rule cell by its own status.
    """
    rows = block_rows(table)
    rules = [cell[0] for cell in rows[0].cells] if rows else []
    numeric = [rule for rule in rules if rule.measured]
    plain = [rule for rule in rules if not rule.measured and rule.key != "zona"]
    header = ["Blok", "Guna rencana", "Zona (porsi)"] + [
        rule.label + (f" ({rule.unit})" if rule.unit else "")
        + ("\nrenc. / maks" if rule.at_most else "\nrenc. / min") for rule in numeric] + [
        "Guna" if rule.key == "guna" else rule.label for rule in plain] + ["Status"]
    rule_width = (174 - 14 - 21 - 22 - 14 * len(plain) - 17) / max(1, len(numeric))
    widths = [14, 21, 22] + [rule_width] * len(numeric) + [14] * len(plain) + [17]
    body, extra = [header], []
    for row in rows:
        by_rule = {cell[0].key: cell for cell in row.cells}
        line = [row.ident, row.use or "–", row.zones or "–"]
        line += [f"{by_rule[rule.key][1]} / {by_rule[rule.key][2].lstrip('≤≥ ')}" for rule in numeric]
        line += [STATUS_LABELS.get(by_rule[rule.key][3], by_rule[rule.key][3]) for rule in plain]
        line.append(STATUS_LABELS.get(row.status, row.status))
        r = len(body)
        if "zona" in by_rule:
            extra.append(writer.fill(2, r, by_rule["zona"][3]))
        for c, rule in enumerate(numeric + plain, start=3):
            extra.append(writer.fill(c, r, by_rule[rule.key][3]))
        extra.append(writer.fill(len(line) - 1, r, row.status))
        body.append(line)
        if row.reasons:
            body.append([writer.para("Alasan: " + row.reasons, "cell")] + [""] * (len(line) - 1))
            extra.append(("SPAN", (0, len(body) - 1), (-1, len(body) - 1)))
    return [writer.table(body, widths, extra=[e for e in extra if e]),
            writer.para("Sel aturan: nilai rencana / batas rencana kota (maks = paling besar, "
                        "min = paling kecil); warna sel = status aturan itu, sel zona = status zona "
                        "(di dalam zona rencana kota).", "note")]


def violations_section(writer, table: ResultTable, found: list, max_rows: int) -> list:
    """MELANGGAR features sorted by zone then id, capped at ``max_rows`` with a note."""
    if not found:
        return [writer.para(f"{table.title} — tidak ada yang melanggar", "h2")]
    shown = found[:max_rows] if max_rows and max_rows > 0 else found
    body = [["No", "ID", "Zona", "Pelanggaran: terukur (batas)", "Alasan"]]
    for number, item in enumerate(shown, start=1):
        judged = [f"dinilai menurut {item.judged_by}:"] if item.judged_by else []
        body.append([str(number), item.ident, item.zone, "\n".join(judged + item.items), item.reasons])
    story = [writer.para(f"{table.title} — {format_count(len(found))} melanggar", "h2"),
             writer.para(f"Lapisan {table.name}; urut menurut zona lalu ID. Bila aturan zona bergantung "
                         "pada luas persil, baris pertama pelanggaran menyebut kelas luas dan "
                         "alternatif intensitas yang dipakai.", "small"),
             writer.table(body, VIOLATION_WIDTHS, right=(0,))]
    hidden = len(found) - len(shown)
    if hidden > 0:
        where = table.source or table.name
        story.append(writer.para(
            f"… dan {format_count(hidden)} {table.title.lower()} melanggar lainnya tidak dicetak "
            f"(batas {format_count(len(shown))} baris). Daftar lengkap: lapisan hasil {where} "
            "(kolom status = MELANGGAR) dan berkas CSV pelanggaran.", "warning"))
    return story


def needs_check_section(writer, table: ResultTable) -> list:
    """Features per reason code that asks for a look or for data ('data perlu dilengkapi')."""
    groups = needs_check(table)
    if not groups:
        return [writer.para(f"{table.title} — tidak ada yang perlu dicek", "h2")]
    body = [["Kode alasan", "Keterangan", "Jumlah", "ID (contoh)"]]
    for group in groups:
        ids = ", ".join(group.ids[:SAMPLE_IDS])
        if len(group.ids) > SAMPLE_IDS:
            ids += f", … (+{format_count(len(group.ids) - SAMPLE_IDS)} lainnya)"
        body.append([group.code, group.text, format_count(len(group.ids)), ids])
    return [writer.para(table.title, "h2"), writer.para(f"Lapisan {table.name}", "small"),
            writer.table(body, REASON_WIDTHS, right=(2,))]
