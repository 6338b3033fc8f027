package org.auditbench.gui.theme;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The icons of the workbench (Material 2 via ikonli), named by what they stand for. */
public final class Icons {

    public static final Ikon NEW_WORKSPACE = Material2AL.CREATE_NEW_FOLDER;
    public static final Ikon OPEN_WORKSPACE = Material2AL.FOLDER_OPEN;
    public static final Ikon IMPORT = Material2AL.FILE_UPLOAD;
    public static final Ikon SCAN = Material2MZ.PLAY_ARROW;
    public static final Ikon EXPORT = Material2MZ.SAVE_ALT;
    public static final Ikon SIGN_OFF = Material2MZ.VERIFIED;
    public static final Ikon OVERVIEW = Material2AL.DASHBOARD;
    public static final Ikon ENTRIES = Material2AL.ACCOUNT_TREE;
    public static final Ikon FINDINGS = Material2AL.FLAG;
    public static final Ikon SOURCES = Material2MZ.STORAGE;
    public static final Ikon SEARCH = Material2MZ.SEARCH;
    public static final Ikon CLEAR = Material2AL.CLOSE;
    public static final Ikon THEME = Material2AL.BRIGHTNESS_4;
    public static final Ikon REFRESH = Material2MZ.REFRESH;
    public static final Ikon RESERVED = Material2MZ.PRIVACY_TIP;
    public static final Ikon EXTERNAL = Material2MZ.PUBLIC;
    public static final Ikon ERROR = Material2AL.ERROR;
    public static final Ikon WARNING = Material2MZ.WARNING;
    public static final Ikon INFO = Material2AL.INFO;
    public static final Ikon OK = Material2AL.CHECK_CIRCLE;
    public static final Ikon TREND_UP = Material2MZ.TRENDING_UP;
    public static final Ikon TREND_DOWN = Material2MZ.TRENDING_DOWN;
    public static final Ikon TREND_FLAT = Material2MZ.TRENDING_FLAT;
    public static final Ikon HISTORY = Material2AL.HISTORY;
    public static final Ikon OPEN = Material2MZ.OPEN_IN_NEW;
    public static final Ikon FILE = Material2AL.INSERT_DRIVE_FILE;
    public static final Ikon FILTER = Material2AL.FILTER_LIST;
    public static final Ikon PERSON = Material2MZ.PERSON;
    public static final Ikon SAVE = Material2MZ.SAVE;
    public static final Ikon AUDIT_INTACT = Material2MZ.VERIFIED_USER;
    public static final Ikon AUDIT_BROKEN = Material2MZ.REPORT;
    public static final Ikon CHECKING = Material2AL.HOURGLASS_TOP;
    public static final Ikon LOCKED = Material2AL.LOCK;
    public static final Ikon REVIEW = Material2AL.FACT_CHECK;

    private Icons() {
    }

    public static FontIcon icon(Ikon ikon) {
        return new FontIcon(ikon);
    }

    public static FontIcon icon(Ikon ikon, String styleClass) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add(styleClass);
        return icon;
    }
}
