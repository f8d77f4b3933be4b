package io.swarmsim.gui.timeline;

import io.swarmsim.engine.control.DesiredState;
import io.swarmsim.gui.model.AppModel;
import io.swarmsim.gui.model.Coalesced;
import io.swarmsim.gui.model.Update;
import io.swarmsim.kernel.trace.TraceEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.FilteredList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Every event received, in a table: time (ms), namespace (a container by its task), device, kind
 * and a one-line summary, with filters by namespace, protocol and kind. The table lists all events,
 * not only those up to the cursor, so it never rebuilds as the picture plays: the cursor's row is
 * highlighted and the rows after it are greyed (what is still to come). Selecting a row selects
 * the event (the inspector shows it) and moves the cursor there; moving the cursor scrolls to its
 * row (or the nearest shown row before it when the filter hides it). A {@link FilteredList} over
 * the model's list keeps this fast for thousands of events: a new event is filtered once, and a
 * cursor move only restyles the few rows on screen.
 */
public final class EventListView extends VBox {
    private static final PseudoClass CURSOR = PseudoClass.getPseudoClass("cursor");
    private static final PseudoClass FUTURE = PseudoClass.getPseudoClass("future");
    private static final String CSS = """
            .table-row-cell:cursor { -fx-background: #ffe08a; }
            .table-row-cell:cursor .table-cell { -fx-font-weight: bold; }
            .table-row-cell:future { -fx-text-background-color: #8c8c8c; }
            .table-row-cell:future:filled:selected { -fx-text-background-color: -fx-selection-bar-text; }
            """;
    private static final String ALL_PROTOCOLS = "all protocols";
    private static final String ALL_KINDS = "all kinds";
    private static final String DECISIONS = "decisions (no hops)";

    private final AppModel model;
    private final EventProtocols protocols = new EventProtocols();
    private final FilteredList<TraceEvent> shown;
    private final TableView<TraceEvent> table;
    private final Label count = new Label();
    private final ComboBox<NamespaceChoice> namespaces = new ComboBox<>();
    private final Set<EventRow> rows = Collections.newSetFromMap(new WeakHashMap<>());
    private NamespaceLabels labels = new NamespaceLabels(null);
    private EventFilter filter = EventFilter.ALL;
    private boolean filtering;
    private VirtualFlow<?> flow; // the table's, once its skin exists
    private final Coalesced scroll = new Coalesced(this::scrollToCursor);

    /** A namespace filter entry: {@code netns} null for all of them. */
    record NamespaceChoice(String netns, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public EventListView(AppModel model) {
        this.model = model;
        setId("EventListView");
        // learn each event's protocols before the filtered list (registered after this) tests it
        model.events().addListener((ListChangeListener<TraceEvent>) c -> {
            while (c.next()) {
                if (c.wasRemoved() && model.events().isEmpty()) {
                    protocols.clear();
                }
                for (TraceEvent e : c.getAddedSubList()) {
                    protocols.learn(e);
                }
            }
        });
        model.events().forEach(protocols::learn);
        shown = new FilteredList<>(model.events(), e -> true);
        table = table();
        getChildren().addAll(filters(), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        setPadding(new Insets(0, 8, 6, 8));
        setSpacing(4);
        getStylesheets().add("data:text/css;base64," + Base64.getEncoder().encodeToString(CSS.getBytes(StandardCharsets.UTF_8)));

        shown.addListener((ListChangeListener<TraceEvent>) c -> updateCount());
        model.cursor().addListener((Observable o) -> followCursor());
        model.loaded().addListener((o, a, b) -> loaded(b));
        table.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            int i = b.intValue();
            if (!filtering && i >= 0 && i < shown.size()) {
                int source = shown.getSourceIndex(i);
                model.selected().set(model.events().get(source));
                model.seek(source);
            }
        });
        loaded(model.loaded().get());
        updateCount();
    }

    private HBox filters() {
        namespaces.setId("nsFilter");
        namespaces.setPrefWidth(220);
        namespaces.setVisibleRowCount(18);
        namespaces.valueProperty().addListener((o, a, b) -> apply(filter.withNetns(b == null ? null : b.netns())));
        ComboBox<String> proto = new ComboBox<>();
        proto.setId("protoFilter");
        proto.getItems().add(ALL_PROTOCOLS);
        for (Proto p : Proto.values()) {
            proto.getItems().add(p.word());
        }
        proto.setValue(ALL_PROTOCOLS);
        proto.valueProperty().addListener((o, a, b) -> apply(filter.withProto(
                b == null || b.equals(ALL_PROTOCOLS) ? null : Proto.valueOf(b.toUpperCase(Locale.ROOT)))));
        ComboBox<String> kind = new ComboBox<>();
        kind.setId("kindFilter");
        kind.getItems().addAll(ALL_KINDS, DECISIONS);
        for (TraceEvent.Kind k : TraceEvent.Kind.values()) {
            kind.getItems().add(k.wireName());
        }
        kind.setValue(ALL_KINDS);
        kind.setVisibleRowCount(kind.getItems().size());
        kind.valueProperty().addListener((o, a, b) -> {
            boolean decisions = DECISIONS.equals(b);
            TraceEvent.Kind k = b == null || b.equals(ALL_KINDS) || decisions ? null : TraceEvent.Kind.valueOf(b.toUpperCase(Locale.ROOT));
            apply(filter.withKind(k, decisions));
        });
        count.setId("eventCount");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6, new Label("Events:"), namespaces, proto, kind, gap, count);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private TableView<TraceEvent> table() {
        TableView<TraceEvent> t = new TableView<>(shown);
        t.setId("eventTable");
        t.setPrefHeight(210);
        t.setMinHeight(120);
        t.setPlaceholder(new Label("no events yet (or none pass the filters)"));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<TraceEvent, TraceEvent> index = new TableColumn<>("#");
        index.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyObjectWrapper<>(f.getValue()));
        index.setCellFactory(c -> new IndexCell());
        index.setSortable(false);
        index.setPrefWidth(60);
        index.setMaxWidth(80);
        t.getColumns().add(index);
        t.getColumns().add(column("time (ms)", 90, e -> EventSummary.millis(e.time())));
        t.getColumns().add(column("namespace", 150, e -> labels.of(e.at().netns())));
        t.getColumns().add(column("device", 70, e -> e.at().device()));
        t.getColumns().add(column("kind", 120, e -> e.kind().wireName()));
        t.getColumns().add(column("summary", 700, EventSummary::of));
        t.setRowFactory(v -> {
            EventRow r = new EventRow();
            rows.add(r);
            return r;
        });
        return t;
    }

    private static TableColumn<TraceEvent, String> column(String title, double width, Function<TraceEvent, String> text) {
        TableColumn<TraceEvent, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())));
        c.setSortable(false);
        c.setPrefWidth(width);
        return c;
    }

    private void loaded(Update.Loaded l) {
        labels = new NamespaceLabels(l == null ? null : l.desired());
        NamespaceChoice keep = namespaces.getValue();
        List<NamespaceChoice> items = new ArrayList<>();
        items.add(new NamespaceChoice(null, "all namespaces"));
        if (l != null) {
            // containers first (what a learner follows), then hosts, then Docker's sandboxes
            List<DesiredState.Kind> order = List.of(DesiredState.Kind.CONTAINER, DesiredState.Kind.HOST, DesiredState.Kind.LB_SANDBOX,
                    DesiredState.Kind.INGRESS_SANDBOX, DesiredState.Kind.OVERLAY);
            l.desired().namespaces().stream().sorted(java.util.Comparator.comparingInt(n -> order.indexOf(n.kind())))
                    .forEach(n -> items.add(new NamespaceChoice(n.name(), labels.of(n.name()))));
        }
        namespaces.setItems(FXCollections.observableArrayList(items));
        namespaces.setValue(items.stream().filter(c -> keep != null && java.util.Objects.equals(c.netns(), keep.netns()))
                .findFirst().orElse(items.get(0)));
        table.refresh();
    }

    private void apply(EventFilter f) {
        filter = f;
        filtering = true;
        try {
            shown.setPredicate(f.predicate(protocols));
            table.getSelectionModel().clearSelection();
        } finally {
            filtering = false;
        }
        followCursor();
    }

    private void updateCount() {
        count.setText(String.format(Locale.ROOT, "showing %d of %d events", shown.size(), model.events().size()));
    }

    /** Restyles the rows on screen now, and brings the cursor's row into view once the burst of moves is over. */
    private void followCursor() {
        for (EventRow r : rows) {
            r.mark();
        }
        scroll.request();
    }

    /** Scrolls (only when needed: scrolling rebuilds the rows) to the cursor's row, or the last shown one before it. */
    private void scrollToCursor() {
        int v = rowAtOrBefore(model.cursor().get());
        if (v < 0) {
            return;
        }
        if (flow == null) {
            flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        }
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
        if (first == null || last == null || v < first.getIndex() || v >= last.getIndex()) {
            table.scrollTo(Math.max(0, v - 3));
        }
    }

    /** The shown row of the last event at or before source index {@code cursor}; -1 when none. */
    int rowAtOrBefore(int cursor) {
        int lo = 0;
        int hi = shown.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (shown.getSourceIndex(mid) <= cursor) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The events the table lists (for tests and the walkthrough: what passes the filters). */
    public List<TraceEvent> shownEvents() {
        return shown;
    }

    /** A row that knows whether it is the cursor's event or one still to come. */
    private final class EventRow extends TableRow<TraceEvent> {
        @Override
        public void updateIndex(int i) {
            super.updateIndex(i);
            mark();
        }

        @Override
        protected void updateItem(TraceEvent e, boolean empty) {
            super.updateItem(e, empty);
            mark();
        }

        void mark() {
            int i = getIndex();
            boolean real = !isEmpty() && i >= 0 && i < shown.size();
            int source = real ? shown.getSourceIndex(i) : -1;
            int c = model.cursor().get();
            pseudoClassStateChanged(CURSOR, real && source == c);
            pseudoClassStateChanged(FUTURE, real && source > c);
        }
    }

    /** The event's number in the whole list (1-based, as the timeline counts), not its row. */
    private final class IndexCell extends TableCell<TraceEvent, TraceEvent> {
        @Override
        protected void updateItem(TraceEvent s, boolean empty) {
            super.updateItem(s, empty);
            int i = getIndex();
            setText(empty || i < 0 || i >= shown.size() ? null : Integer.toString(shown.getSourceIndex(i) + 1));
        }
    }
}
