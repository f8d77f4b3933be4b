package io.swarmsim.gui.walkthrough;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Test helpers: read FX state on the FX thread, wait for the window to settle, write a screenshot. */
final class Fx {
    private Fx() {
    }

    /**
     * Monocle's headless screen is 1280x800 unless told otherwise, and a window larger than the
     * screen makes its painter overflow on every frame; the real window is 1400x900. Call before
     * the toolkit starts (a static initializer); once it runs, the screen keeps its size.
     */
    static void screenLargerThanTheWindows() {
        if (System.getProperty("headless.geometry") == null) {
            System.setProperty("headless.geometry", "1920x1200-32");
        }
    }

    /** {@code c} evaluated on the FX thread. */
    static <T> T on(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    /** Waits (up to 30 s) until {@code done} holds, evaluated on the FX thread. */
    static void until(String what, BooleanSupplier done) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < end) {
            if (on(done::getAsBoolean)) {
                return;
            }
            Thread.sleep(20);
        }
        assertTrue(on(done::getAsBoolean), "timed out waiting until " + what);
    }

    /** The scene as a PNG at {@code file} (javafx-swing is not a dependency: pixels are copied one by one). */
    static void screenshot(Scene scene, Path file) throws Exception {
        WritableImage image = on(() -> scene.snapshot(null));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(out, "png", file.toFile());
    }
}
