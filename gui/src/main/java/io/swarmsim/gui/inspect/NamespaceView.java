package io.swarmsim.gui.inspect;

import io.swarmsim.engine.session.NamespaceSnapshot;
import io.swarmsim.gui.model.AppModel;
import io.swarmsim.gui.model.Coalesced;
import io.swarmsim.gui.model.Update;
import io.swarmsim.kernel.trace.TraceEvent;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.beans.Observable;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.StringConverter;

/**
 * One namespace from the inside, at the cursor's time: its netfilter hooks in the order the kernel
 * walks them with every table, chain, rule and counter, then its conntrack entries and its IPVS
 * table as {@code ipvsadm -Ln} prints them. When the event at the cursor is a rule match (or any
 * hook stage) here, that rule and its hook light up, so stepping through a packet shows where it
 * is. The counters are the model's {@link AppModel#snapshot()}: it arrives a moment after the cursor
 * moves and holds every event of the cursor's instant, so its time is written above the tables.
 */
public final class NamespaceView extends BorderPane {
    private final AppModel model;
    private final ComboBox<String> chooser = new ComboBox<>();
    private final CheckBox follow = new CheckBox("follow the cursor: show the namespace of each event");
    private final Label status = Styles.wrapping("", Styles.MUTED);
    private final Label banner = Styles.wrapping("", "");
    private final VBox content = new VBox(4);
    private final ScrollPane scroll = new ScrollPane(content);
    private NamespaceLabels labels;
    private Object revealed;

    public NamespaceView(AppModel model) {
        this.model = model;
        setId("NamespaceView");
        chooser.setId("ns-chooser");
        chooser.setMaxWidth(Double.MAX_VALUE);
        chooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                return name == null ? "" : labels == null ? name : labels.label(name);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        follow.setId("ns-follow");
        status.setId("ns-time");
        banner.setId("ns-cursor");
        banner.setStyle(Styles.BANNER);
        banner.managedProperty().bind(banner.visibleProperty());
        content.setId("ns-content");
        content.setPadding(new Insets(4, 8, 12, 8));
        scroll.setFitToWidth(true);
        scroll.setId("ns-scroll");

        Label title = Styles.label("Namespace", "-fx-font-weight: bold;");
        title.setMinWidth(Region.USE_PREF_SIZE);
        chooser.setMinWidth(120);
        HBox top = new HBox(8, title, chooser);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(chooser, Priority.ALWAYS);
        VBox head = new VBox(4, top, follow, status, banner);
        head.setPadding(new Insets(6, 8, 4, 8));
        setTop(head);
        setCenter(scroll);

        chooser.valueProperty().addListener((o, a, b) -> {
            if (b != null && !b.equals(model.inspected().get())) {
                model.inspected().set(b);
            }
        });
        model.loaded().addListener((o, a, b) -> loaded(b));
        model.inspected().addListener((o, a, b) -> {
            chooser.setValue(b);
            render();
        });
        model.snapshot().addListener((o, a, b) -> render());
        Coalesced afterSteps = new Coalesced(() -> {
            if (follow.isSelected()) {
                model.current().map(e -> e.at().netns()).filter(n -> chooser.getItems().contains(n)).ifPresent(n -> model.inspected().set(n));
            }
            render();
        });
        model.cursor().addListener((Observable o) -> afterSteps.request());
        loaded(model.loaded().get());
    }

    /** A new cluster: every namespace in the chooser; the one the experiment's first command runs in, unless one is chosen. */
    private void loaded(Update.Loaded l) {
        if (l == null) {
            labels = null;
            chooser.setItems(FXCollections.observableArrayList());
            render();
            return;
        }
        labels = new NamespaceLabels(l.desired(), l.cluster());
        List<String> names = labels.names();
        chooser.setItems(FXCollections.observableArrayList(names));
        String now = model.inspected().get();
        if (now == null || !names.contains(now)) {
            Optional<String> first = l.plan().stream().map(c -> labels.of(c.from())).flatMap(Optional::stream).findFirst();
            model.inspected().set(first.orElse(names.isEmpty() ? null : names.get(0)));
        } else {
            chooser.setValue(now);
        }
        render();
    }

    private void render() {
        String ns = model.inspected().get();
        Optional<TraceEvent> cursor = model.current();
        long cursorTime = cursor.map(TraceEvent::time).orElse(0L);
        if (labels == null) {
            show("Open a scenario to look inside its namespaces.", null);
            return;
        }
        if (ns == null) {
            show("Choose a namespace above.", null);
            return;
        }
        NamespaceSnapshot s = model.snapshot().get();
        if (s == null || !s.name().equals(ns)) {
            show("Reading " + labels.label(ns) + " at " + Formats.time(cursorTime) + " …", null);
            return;
        }
        status.setText("Counters at t = " + Formats.time(s.time()) + (s.time() == cursorTime
                ? " (the cursor's instant, with every event of that instant)"
                : "; the cursor is at " + Formats.time(cursorTime) + ", updating …"));
        Optional<Lit> lit = cursor.flatMap(e -> Lit.of(e, ns));
        banner.setVisible(lit.isPresent());
        lit.ifPresent(l -> banner.setText("At the cursor: " + bannerText(l.event())));
        NetfilterPane.Built hooks = NetfilterPane.build(s, lit);
        content.getChildren().setAll(Styles.label("Netfilter hooks, in the order the kernel runs them", Styles.SECTION), hooks.pane());
        content.getChildren().addAll(conntrack(s));
        content.getChildren().addAll(ipvs(s));
        Object key = lit.map(l -> List.of(l.hook(), l.function(), Objects.toString(l.chain()), l.rule())).orElse(null);
        if (key != null && !key.equals(revealed)) {
            hooks.lit().ifPresent(this::reveal);
        }
        revealed = key;
    }

    /** The cursor's event in one or two lines; for a rule or policy with the counters it gave (the snapshot may hold later packets of the same instant). */
    private static String bannerText(TraceEvent e) {
        if (e instanceof TraceEvent.RuleMatched r) {
            return r.table().tableName() + " " + r.chain() + " rule " + r.ruleNumber() + " matched → " + r.target()
                    + "; with this packet it has counted " + Formats.counters(r.packets(), r.bytes()) + ".";
        }
        if (e instanceof TraceEvent.PolicyApplied p) {
            return p.table().tableName() + " " + p.chain() + ": no rule decided, policy " + p.verdict()
                    + "; with this packet it has counted " + Formats.counters(p.packets(), p.bytes()) + ".";
        }
        return EventText.stage(e) + ": " + EventText.summary(e);
    }

    private void show(String message, Node body) {
        status.setText(message);
        banner.setVisible(false);
        content.getChildren().setAll(body == null ? List.of() : List.of(body));
        revealed = null;
    }

    private List<Node> conntrack(NamespaceSnapshot s) {
        VBox box = new VBox(3);
        box.setId("ns-conntrack");
        for (NamespaceSnapshot.ConntrackEntry e : s.conntrack()) {
            Label line = Styles.wrapping(TablesText.conntrack(e, s.time()), Styles.MONO);
            box.getChildren().add(line);
            TablesText.natNote(e).ifPresent(n -> box.getChildren().add(Styles.wrapping(n, Styles.MUTED + " -fx-padding: 0 0 2 24;")));
        }
        if (s.conntrack().isEmpty()) {
            box.getChildren().add(Styles.label("no connections (conntrack -L prints nothing)", Styles.MUTED));
        }
        return List.of(Styles.label("Conntrack: " + s.conntrack().size() + (s.conntrack().size() == 1 ? " entry" : " entries")
                + " (conntrack -L)", Styles.SECTION), box);
    }

    private List<Node> ipvs(NamespaceSnapshot s) {
        Label head = Styles.label("IPVS (ipvsadm -Ln, ipvsadm -Lnc)", Styles.SECTION);
        if (s.ipvs().isEmpty()) {
            return List.of(head, Styles.label("no virtual services in this namespace", Styles.MUTED));
        }
        Label list = Styles.label(withoutLastNewline(TablesText.ipvsList(s)), Styles.MONO);
        list.setId("ns-ipvs");
        Label conns = Styles.label(withoutLastNewline(TablesText.ipvsConnections(s)), Styles.MONO);
        conns.setId("ns-ipvs-conns");
        return List.of(head, wide(list), wide(conns));
    }

    /**
     * A tool's fixed-width table in its own sideways scroller: its columns stay as the tool prints
     * them, and the rest of the view still wraps to the panel's width.
     */
    private static Node wide(Label text) {
        text.setMinWidth(Region.USE_PREF_SIZE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane sp = new ScrollPane(text);
        sp.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sp.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        Text measure = new Text(text.getText());
        measure.setFont(Font.font("Monospaced", 12));
        double h = Math.ceil(measure.getLayoutBounds().getHeight()) + 4;
        sp.setMinViewportHeight(h);
        sp.setPrefViewportHeight(h);
        sp.setMinHeight(h + 20); // room for the sideways scroll bar under the last line
        sp.setPrefHeight(h + 20);
        sp.setMinWidth(0);
        sp.setPrefViewportWidth(100);
        sp.setStyle("-fx-background-color: transparent; -fx-background: #ffffff; -fx-padding: 2;");
        return sp;
    }

    private static String withoutLastNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    /** Scrolls so that {@code n} sits in the upper third of the view, once the new content is laid out. */
    private void reveal(Node n) {
        Platform.runLater(() -> {
            if (n.getScene() == null) {
                return;
            }
            scroll.applyCss();
            scroll.layout();
            Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
            double viewport = scroll.getViewportBounds().getHeight();
            double extra = content.getBoundsInLocal().getHeight() - viewport;
            if (extra > 0) {
                scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - viewport / 3) / extra)));
            }
        });
    }
}
