"""Prints an .xlsx file's first sheet as JSON: sheet names, column widths, and typed cells.

Tests use it to read back what XlsxWriter wrote (python3's zipfile; `unzip` may not be installed).
Each cell is {"kind": "string"|"number"|"date", "value": ..., "bold": bool}.
"""
import datetime
import json
import re
import sys
import xml.etree.ElementTree as ET
import zipfile

M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
BUILTIN_DATE_FORMATS = {14, 15, 16, 17, 22}


def col_index(ref):
    letters = re.match(r"[A-Z]+", ref).group(0)
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def main(path):
    z = zipfile.ZipFile(path)
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    sheets = [s.get("name") for s in wb.iter(M + "sheet")]
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(M + "si"):
            shared.append("".join(t.text or "" for t in si.iter(M + "t")))
    styles = ET.fromstring(z.read("xl/styles.xml"))
    numfmts = {int(n.get("numFmtId")): n.get("formatCode") for n in styles.iter(M + "numFmt")}
    fonts = [f.find(M + "b") is not None for f in styles.find(M + "fonts")]
    xfs = [(int(x.get("numFmtId", 0)), int(x.get("fontId", 0))) for x in styles.find(M + "cellXfs")]
    sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    widths = [float(c.get("width")) for c in sheet.iter(M + "col")]
    rows = []
    for r in sheet.iter(M + "row"):
        row = []
        for c in r.findall(M + "c"):
            idx = col_index(c.get("r"))
            while len(row) < idx:
                row.append({"kind": "empty", "value": "", "bold": False})
            t = c.get("t")
            s = int(c.get("s", 0))
            fmt, font = xfs[s] if s < len(xfs) else (0, 0)
            bold = fonts[font] if font < len(fonts) else False
            v = c.find(M + "v")
            if t == "s":
                cell = {"kind": "string", "value": shared[int(v.text)]}
            elif t == "inlineStr":
                cell = {"kind": "string", "value": "".join(x.text or "" for x in c.iter(M + "t"))}
            elif t == "str":
                cell = {"kind": "string", "value": v.text or ""}
            else:
                num = float(v.text)
                code = (numfmts.get(fmt) or "").lower()
                if fmt in BUILTIN_DATE_FORMATS or ("y" in code and "d" in code):
                    day = datetime.date(1899, 12, 30) + datetime.timedelta(days=int(num))
                    cell = {"kind": "date", "value": day.isoformat()}
                else:
                    cell = {"kind": "number", "value": num}
            cell["bold"] = bold
            row.append(cell)
        # A blank cell at a row's end is simply absent from the sheet: pad to the sheet's columns.
        while len(row) < len(widths):
            row.append({"kind": "empty", "value": "", "bold": False})
        rows.append(row)
    json.dump({"sheets": sheets, "widths": widths, "rows": rows}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
