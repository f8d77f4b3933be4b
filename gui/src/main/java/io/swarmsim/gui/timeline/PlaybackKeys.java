package io.swarmsim.gui.timeline;

import io.swarmsim.gui.model.AppModel;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The timeline's keyboard shortcuts, for the whole window: Space plays or pauses, Right (or
 * {@code .}) steps forward, Left (or {@code ,}) steps back, Home and End go to the first and last
 * event. A filter on the scene, so a focused button or slider cannot take Space or the arrows
 * first; keys typed into a text field (the scenario path) are left alone.
 */
final class PlaybackKeys implements EventHandler<KeyEvent> {
    private final AppModel model;
    private final Runnable playOrPause;

    PlaybackKeys(AppModel model, Runnable playOrPause) {
        this.model = model;
        this.playOrPause = playOrPause;
    }

    /** Moves the filter from {@code old} to {@code now} (a view changes scene when the window is built). */
    void move(Scene old, Scene now) {
        if (old != null) {
            old.removeEventFilter(KeyEvent.KEY_PRESSED, this);
        }
        if (now != null) {
            now.addEventFilter(KeyEvent.KEY_PRESSED, this);
        }
    }

    @Override
    public void handle(KeyEvent k) {
        if (k.getTarget() instanceof TextInputControl || k.isControlDown() || k.isAltDown() || k.isMetaDown()) {
            return;
        }
        KeyCode c = k.getCode();
        if (c == KeyCode.SPACE) {
            playOrPause.run();
        } else if (c == KeyCode.RIGHT || c == KeyCode.PERIOD) {
            model.pause();
            model.stepForward();
        } else if (c == KeyCode.LEFT || c == KeyCode.COMMA) {
            model.pause();
            model.stepBack();
        } else if (c == KeyCode.HOME) {
            model.pause();
            model.seek(-1);
        } else if (c == KeyCode.END) {
            model.pause();
            model.seek(model.events().size() - 1);
        } else {
            return;
        }
        k.consume();
    }
}
