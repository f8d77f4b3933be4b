package io.swarmsim.gui.inspect;

import javafx.scene.control.Label;

/**
 * The inspect tabs' look, in one place: inline styles (the module has no stylesheet of its own yet),
 * chosen for a projector: dark text on light backgrounds, one warm colour for "the cursor is here".
 */
final class Styles {
    static final String MONO = "-fx-font-family: 'Monospaced'; -fx-font-size: 12px;";
    static final String MUTED = "-fx-text-fill: #52606d;";
    static final String SECTION = "-fx-font-size: 14px; -fx-font-weight: bold; -fx-text-fill: #1d3557; -fx-padding: 10 0 2 0;";
    static final String HOOK = "-fx-border-color: #9aa7b8; -fx-border-radius: 5; -fx-background-color: #f5f8fc;"
            + " -fx-background-radius: 5; -fx-padding: 6 8 6 8;";
    static final String HOOK_LIT = "-fx-border-color: #e07b00; -fx-border-width: 2; -fx-border-radius: 5;"
            + " -fx-background-color: #fff4e0; -fx-background-radius: 5; -fx-padding: 5 7 5 7;";
    static final String HOOK_TITLE = "-fx-font-size: 14px; -fx-font-weight: bold; -fx-text-fill: #1d3557;";
    static final String TABLE_TITLE = "-fx-font-weight: bold; -fx-text-fill: #22577a;";
    static final String LIT = "-fx-background-color: #ffd54f; -fx-background-radius: 3;";
    static final String STAGE_LIT = "-fx-background-color: #ffe9a8; -fx-background-radius: 3;";
    static final String BANNER = "-fx-background-color: #fff4e0; -fx-border-color: #e07b00; -fx-border-radius: 4;"
            + " -fx-background-radius: 4; -fx-padding: 4 8 4 8;";
    static final String CHANGE = "-fx-text-fill: #8a1c1c; -fx-font-weight: bold;";
    static final String KEY = "-fx-text-fill: #52606d; -fx-font-weight: bold;";

    private Styles() {
    }

    static Label label(String text, String style) {
        Label l = new Label(text);
        l.setStyle(style);
        return l;
    }

    /** A label that wraps inside the width it is given instead of cutting its text off. */
    static Label wrapping(String text, String style) {
        Label l = label(text, style);
        l.setWrapText(true);
        l.setMinWidth(0);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
