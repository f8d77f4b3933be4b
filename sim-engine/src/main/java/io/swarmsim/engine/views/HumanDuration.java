package io.swarmsim.engine.views;

import java.time.Duration;

/**
 * docker/go-units {@code HumanDuration}, the wording of "Up 2 hours", "2 hours ago" and
 * "Running 2 hours ago": seconds below a minute, minutes below 46, then hours rounded to the
 * nearest (so 1h40m reads "2 hours"), days below two weeks, weeks below two months, months, years.
 */
final class HumanDuration {
    private HumanDuration() {
    }

    static String of(Duration d) {
        long seconds = d.getSeconds();
        if (seconds < 1) {
            return "Less than a second";
        }
        if (seconds < 60) {
            return seconds + " seconds";
        }
        long minutes = seconds / 60;
        if (minutes == 1) {
            return "About a minute";
        }
        if (minutes < 46) {
            return minutes + " minutes";
        }
        long hours = (long) (d.toNanos() / 3.6e12 + 0.5);
        if (hours == 1) {
            return "About an hour";
        }
        if (hours < 48) {
            return hours + " hours";
        }
        if (hours < 24 * 7 * 2) {
            return hours / 24 + " days";
        }
        if (hours < 24 * 30 * 2) {
            return hours / 24 / 7 + " weeks";
        }
        if (hours < 24 * 365 * 2) {
            return hours / 24 / 30 + " months";
        }
        return d.toHours() / 24 / 365 + " years";
    }
}
