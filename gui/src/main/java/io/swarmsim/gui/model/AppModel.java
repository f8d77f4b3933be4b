package io.swarmsim.gui.model;

import io.swarmsim.engine.session.NamespaceSnapshot;
import io.swarmsim.engine.session.RunRecord;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window's state, on the FX thread: the events received so far, the cursor (the picture shows
 * every event up to and including {@code cursor}), play/pause and speed, the selected event, the
 * namespace being inspected and its snapshot at the cursor's time, the run index, and the last error.
 * Views bind to these properties and call the methods; only {@link #tick} talks to the simulation
 * thread (through the driver's queue). Never mutates the model: everything here is a copy.
 */
public final class AppModel {
    /** Updates taken from the queue per frame (each up to 256 events). */
    static final int DRAIN_PER_FRAME = 64;

    private final SessionDriver driver;
    private final ObservableList<TraceEvent> events = FXCollections.observableArrayList();
    private final ObservableList<RunRecord> runs = FXCollections.observableArrayList();
    private final IntegerProperty cursor = new SimpleIntegerProperty(-1);
    private final BooleanProperty playing = new SimpleBooleanProperty(false);
    private final DoubleProperty speed = new SimpleDoubleProperty(20);
    private final BooleanProperty finished = new SimpleBooleanProperty(false);
    private final ObjectProperty<Update.Loaded> loaded = new SimpleObjectProperty<>();
    private final ObjectProperty<RunRequest> request = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final ObjectProperty<TraceEvent> selected = new SimpleObjectProperty<>();
    private final StringProperty inspected = new SimpleStringProperty();
    private final ObjectProperty<NamespaceSnapshot> snapshot = new SimpleObjectProperty<>();
    private final javafx.collections.ObservableSet<String> highlighted = FXCollections.observableSet(new java.util.LinkedHashSet<>());
    private long lastTick = -1;
    private double owed;

    public AppModel(SessionDriver driver) {
        this.driver = driver;
        cursor.addListener((o, a, b) -> askSnapshot());
        inspected.addListener((o, a, b) -> askSnapshot());
    }

    /** Loads and runs {@code r}; the picture starts empty and fills as events arrive. */
    public void open(RunRequest r) {
        playing.set(false);
        events.clear();
        runs.clear();
        cursor.set(-1);
        selected.set(null);
        snapshot.set(null);
        finished.set(false);
        loaded.set(null);
        error.set("");
        request.set(r);
        driver.submit(r);
    }

    /** Called once per frame: takes what the simulation thread produced, then advances playback. */
    public void tick(long nowNanos) {
        for (Update u : driver.drain(DRAIN_PER_FRAME)) {
            accept(u);
        }
        if (playing.get() && lastTick >= 0) {
            owed += (nowNanos - lastTick) / 1e9 * speed.get();
            int steps = (int) owed;
            owed -= steps;
            for (int i = 0; i < steps && playing.get(); i++) {
                if (!stepForward()) {
                    playing.set(false);
                }
            }
        }
        lastTick = nowNanos;
    }

    private void accept(Update u) {
        if (u instanceof Update.Loaded l) {
            loaded.set(l);
        } else if (u instanceof Update.Events e) {
            events.addAll(e.events());
        } else if (u instanceof Update.RunFinished r) {
            runs.add(r.run());
        } else if (u instanceof Update.Done) {
            finished.set(true);
        } else if (u instanceof Update.Failed f) {
            error.set(f.message());
            playing.set(false);
        } else if (u instanceof Update.Snapshot s) {
            if (s.snapshot().name().equals(inspected.get()) && s.time() == cursorTime()) {
                snapshot.set(s.snapshot());
            }
        }
    }

    /** Shows one more event; false at the end of what has arrived. */
    public boolean stepForward() {
        if (cursor.get() + 1 >= events.size()) {
            return false;
        }
        cursor.set(cursor.get() + 1);
        return true;
    }

    /** Shows one event less; false at the start. */
    public boolean stepBack() {
        if (cursor.get() < 0) {
            return false;
        }
        cursor.set(cursor.get() - 1);
        return true;
    }

    /** Shows every event up to {@code index} (-1: none), as if played from the start. */
    public void seek(int index) {
        cursor.set(Math.max(-1, Math.min(index, events.size() - 1)));
    }

    /** Seeks to the first event of command run {@code number}; false if it has no event yet. */
    public boolean jumpToRun(long number) {
        for (int i = 0; i < events.size(); i++) {
            if (io.swarmsim.engine.net.PacketIds.requestOf(events.get(i).traceId()) == number) {
                seek(i);
                return true;
            }
        }
        return false;
    }

    public void play() {
        lastTick = -1;
        owed = 0;
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    /** The event at the cursor, if any. */
    public Optional<TraceEvent> current() {
        int c = cursor.get();
        return c >= 0 && c < events.size() ? Optional.of(events.get(c)) : Optional.empty();
    }

    /** The events the picture shows now (a view of the list up to the cursor). */
    public List<TraceEvent> shown() {
        return events.subList(0, cursor.get() + 1);
    }

    private long cursorTime() {
        return current().map(TraceEvent::time).orElse(0L);
    }

    private void askSnapshot() {
        String ns = inspected.get();
        if (ns != null) {
            driver.snapshot(cursorTime(), ns);
        }
    }

    public ObservableList<TraceEvent> events() {
        return events;
    }

    public ObservableList<RunRecord> runs() {
        return runs;
    }

    public IntegerProperty cursor() {
        return cursor;
    }

    public BooleanProperty playing() {
        return playing;
    }

    public DoubleProperty speed() {
        return speed;
    }

    public BooleanProperty finished() {
        return finished;
    }

    public ObjectProperty<Update.Loaded> loaded() {
        return loaded;
    }

    public ObjectProperty<RunRequest> request() {
        return request;
    }

    public StringProperty error() {
        return error;
    }

    public ObjectProperty<TraceEvent> selected() {
        return selected;
    }

    /** The namespace the namespace view shows (null: none). */
    public StringProperty inspected() {
        return inspected;
    }

    /**
     * Namespaces (by name) or task and node names the picture should highlight, e.g. a walkthrough
     * step's focus; the topology view outlines them.
     */
    public javafx.collections.ObservableSet<String> highlighted() {
        return highlighted;
    }

    /** {@link #inspected()} as it was at the cursor's time (arrives a moment after the cursor moves). */
    public ObjectProperty<NamespaceSnapshot> snapshot() {
        return snapshot;
    }
}
