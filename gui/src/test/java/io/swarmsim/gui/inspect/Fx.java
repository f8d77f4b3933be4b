package io.swarmsim.gui.inspect;

import static org.junit.jupiter.api.Assertions.fail;

import io.swarmsim.gui.model.AppModel;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Test helpers: run on the FX thread, tick the model as frames would, read what a view shows, write screenshots. */
final class Fx {
    static final Path VOTE = Path.of("../scenarios/vote.yaml");
    /** Monocle's headless screen is 1280x800 unless told; the whole window (1400x900) must fit on it to be painted and clicked. */
    static final String SCREEN = "1600x1200-32";

    /** Call from a test class's static initializer, before the toolkit starts. */
    static void bigScreen() {
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", SCREEN);
        }
    }

    private Fx() {
    }

    /** {@code c} on the FX thread, its result here. */
    static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get();
    }

    static void run(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get();
    }

    /** Ticks the model on the FX thread (as the frame timer would) until {@code done} holds there. */
    static void until(AppModel m, Callable<Boolean> done) throws Exception {
        long[] t = {0};
        for (int i = 0; i < 4000; i++) {
            if (fx(done)) {
                return;
            }
            run(() -> m.tick(t[0] += 16_666_667L));
            Thread.sleep(2);
        }
        fail("the model did not get there in time");
    }

    /** Every text the subtree shows (labels, buttons, texts, tree items), in layout order. */
    static List<String> texts(Node n) {
        List<String> out = new ArrayList<>();
        collect(n, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Labeled l) {
            if (l.getText() != null) {
                out.add(l.getText());
            }
            if (l.getGraphic() != null) {
                collect(l.getGraphic(), out);
            }
            return; // its skin's Text repeats the text
        } else if (n instanceof Text t) {
            out.add(t.getText());
        }
        if (n instanceof TreeView<?> tv && tv.getRoot() != null) {
            tree(tv.getRoot(), out);
            return;
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    private static void tree(TreeItem<?> i, List<String> out) {
        out.add(String.valueOf(i.getValue()));
        for (TreeItem<?> c : i.getChildren()) {
            tree(c, out);
        }
    }

    static String text(Node n) {
        return String.join("\n", texts(n));
    }

    /** Writes the whole scene to {@code target/screenshots/<name>.png}. */
    static Path screenshot(Scene scene, String name) throws Exception {
        WritableImage img = fx(() -> scene.snapshot(null));
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, r.getArgb(x, y));
            }
        }
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        ImageIO.write(out, "png", file.toFile());
        return file;
    }
}
