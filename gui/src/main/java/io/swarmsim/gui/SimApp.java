package io.swarmsim.gui;

import io.swarmsim.gui.model.AppModel;
import io.swarmsim.gui.model.RunRequest;
import io.swarmsim.gui.model.SessionDriver;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: one window, one model, one driver thread, one frame timer. */
public final class SimApp extends Application {
    /** Updates the queue holds before the simulation thread waits. */
    static final int QUEUE_CAPACITY = 128;
    private SessionDriver driver;
    private AnimationTimer timer;

    @Override
    public void start(Stage stage) {
        Launcher.StartOptions o = Launcher.StartOptions.parse(getParameters().getRaw().toArray(String[]::new));
        driver = new SessionDriver(QUEUE_CAPACITY);
        AppModel model = new AppModel(driver);
        MainView view = new MainView(model, stage);
        timer = frames(model);
        timer.start();
        stage.setTitle("swarmsim: why does this packet go there?");
        stage.setScene(new Scene(view, 1400, 900));
        stage.show();
        Path scenario = o.scenario().orElse(Path.of("scenarios/vote.yaml"));
        model.open(new RunRequest(scenario, o.experiment(), o.seed(), RunRequest.Modes.AS_WRITTEN));
    }

    /** The frame timer that hands the simulation's output to the model and advances playback. */
    static AnimationTimer frames(AppModel model) {
        return new AnimationTimer() {
            @Override
            public void handle(long now) {
                model.tick(now);
            }
        };
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.stop();
        }
        if (driver != null) {
            driver.close();
        }
    }
}
