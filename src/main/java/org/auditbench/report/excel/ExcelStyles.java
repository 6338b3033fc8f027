package org.auditbench.report.excel;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.auditbench.model.Severity;
import org.auditbench.report.SeverityPalette;

/**
 * Every cell style of the report, created once per workbook and shared by all cells (a workbook has a
 * limit of 64,000 styles, and creating one per cell is what makes large exports slow). Text styles come
 * in pairs: the second is "quote-prefixed", used for data that a spreadsheet could read as a formula.
 */
final class ExcelStyles {

    /** A text style and its quote-prefixed twin. */
    record Text(CellStyle plain, CellStyle quoted) {
        CellStyle pick(boolean formulaLike) {
            return formulaLike ? quoted : plain;
        }
    }

    static final String HEADER_FILL = "1F3864";
    static final String EDITABLE_HEADER_FILL = "FFD966";
    static final String EDITABLE_FILL = "FFF8E1";
    static final String SUBTOTAL_FILL = "E7E6E6";

    final CellStyle header;
    final CellStyle editableHeader;
    final CellStyle title;
    final CellStyle section;
    final CellStyle label;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle integer;
    final CellStyle integerLeft;
    final CellStyle count;
    final CellStyle port;
    final CellStyle countBold;
    final CellStyle signatureLabel;
    final CellStyle decimal;
    final CellStyle percent;
    final CellStyle subtotalNumber;
    final CellStyle editableDate;
    final Text text;
    final Text wrap;
    final Text editable;
    final Text mono;
    final Text note;
    final Text subtotal;
    final Text signatureLine;
    private final Map<Severity, CellStyle> severity = new EnumMap<>(Severity.class);

    private final XSSFWorkbook workbook;

    ExcelStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        XSSFFont bold = font(false, true, false, null, 0);
        XSSFFont white = font(false, true, false, "FFFFFF", 0);
        XSSFFont italic = font(false, false, true, "595959", 0);
        XSSFFont monoFont = font(true, false, false, null, 0);

        header = style(white, HEADER_FILL);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        header.setBorderBottom(BorderStyle.THIN);
        editableHeader = style(bold, EDITABLE_HEADER_FILL);
        editableHeader.setVerticalAlignment(VerticalAlignment.CENTER);
        editableHeader.setWrapText(true);
        editableHeader.setBorderBottom(BorderStyle.THIN);
        title = style(font(false, true, false, HEADER_FILL, 16), null);
        section = style(font(false, true, false, HEADER_FILL, 12), null);
        section.setBorderBottom(BorderStyle.THIN);
        label = style(bold, null);
        label.setVerticalAlignment(VerticalAlignment.TOP);

        date = style(null, null);
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        date.setAlignment(HorizontalAlignment.LEFT);
        dateTime = style(null, null);
        dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        dateTime.setAlignment(HorizontalAlignment.LEFT);
        integer = style(null, null);
        integer.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        integer.setAlignment(HorizontalAlignment.CENTER);
        integerLeft = style(null, null);
        integerLeft.setDataFormat(integer.getDataFormat());
        integerLeft.setAlignment(HorizontalAlignment.LEFT);
        count = style(null, null);
        count.setDataFormat(integer.getDataFormat());
        count.setAlignment(HorizontalAlignment.CENTER);
        port = style(null, null);
        port.setAlignment(HorizontalAlignment.CENTER);
        countBold = style(bold, null);
        countBold.setDataFormat(integer.getDataFormat());
        countBold.setAlignment(HorizontalAlignment.CENTER);
        signatureLabel = style(bold, null);
        signatureLabel.setVerticalAlignment(VerticalAlignment.BOTTOM);
        decimal = style(null, null);
        decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.0"));
        decimal.setAlignment(HorizontalAlignment.LEFT);
        percent = style(null, null);
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        percent.setAlignment(HorizontalAlignment.LEFT);
        editableDate = style(null, EDITABLE_FILL);
        editableDate.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        editableDate.setAlignment(HorizontalAlignment.LEFT);
        subtotalNumber = style(bold, SUBTOTAL_FILL);
        subtotalNumber.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        subtotalNumber.setBorderTop(BorderStyle.THIN);
        subtotalNumber.setAlignment(HorizontalAlignment.CENTER);

        text = pair(null, null, false);
        wrap = pair(null, null, true);
        editable = pair(null, EDITABLE_FILL, false);
        mono = pair(monoFont, null, false);
        note = pair(italic, null, false);
        subtotal = pair(bold, SUBTOTAL_FILL, false);
        subtotal.plain().setBorderTop(BorderStyle.THIN);
        subtotal.quoted().setBorderTop(BorderStyle.THIN);
        signatureLine = pair(null, null, false);
        signatureLine.plain().setBorderBottom(BorderStyle.THIN);
        signatureLine.quoted().setBorderBottom(BorderStyle.THIN);

        for (Severity s : Severity.values()) {
            CellStyle style = style(font(false, true, false, SeverityPalette.textHex(s), 0), SeverityPalette.fillHex(s));
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            severity.put(s, style);
        }
    }

    CellStyle severity(Severity s) {
        return severity.get(s);
    }

    static XSSFColor colour(String hex) {
        return new XSSFColor(SeverityPalette.rgb(hex), null);
    }

    private Text pair(XSSFFont font, String fill, boolean wrapText) {
        XSSFCellStyle plain = style(font, fill);
        XSSFCellStyle quoted = style(font, fill);
        quoted.setQuotePrefixed(true);
        for (XSSFCellStyle s : new XSSFCellStyle[] {plain, quoted}) {
            s.setWrapText(wrapText);
            s.setVerticalAlignment(VerticalAlignment.TOP);
        }
        return new Text(plain, quoted);
    }

    private XSSFCellStyle style(XSSFFont font, String fill) {
        XSSFCellStyle style = workbook.createCellStyle();
        if (font != null) {
            style.setFont(font);
        }
        if (fill != null) {
            style.setFillForegroundColor(colour(fill));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }

    private XSSFFont font(boolean monospace, boolean bold, boolean italic, String colourHex, int points) {
        XSSFFont font = workbook.createFont();
        font.setFontName(monospace ? "Consolas" : "Calibri");
        font.setFontHeightInPoints((short) (points > 0 ? points : monospace ? 10 : 11));
        font.setBold(bold);
        font.setItalic(italic);
        if (colourHex != null) {
            font.setColor(colour(colourHex));
        }
        return font;
    }
}
