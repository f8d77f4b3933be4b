package io.swarmsim.engine.images;

import io.swarmsim.engine.scenario.ImageOverride;
import java.util.List;
import java.util.Map;

/**
 * Maps an image name to the behaviour of its resolver, ping and HTTP client. Matching is by the
 * image name without tag first, then by repository prefix; unknown images are taken as a Debian
 * with glibc, except that a tag naming Alpine ({@code redis:7-alpine}) means musl and BusyBox.
 * A scenario's {@code x-sim.images} overrides any field.
 */
public final class ImageCatalogue {
    private record Entry(String prefix, ImageProfile profile) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("smakam/myubuntu", new ImageProfile("smakam/myubuntu:v4", "Ubuntu 16.04 (glibc 2.23, iputils 20121221, curl 7.47)",
                    "glibc-current", ImageProfile.Ping.LEGACY, ImageProfile.Http.CURL, true, "9.10.3-P4-Ubuntu", "7.47.0",
                    "the seed's client: getaddrinfo sorts with RFC 3484 rule 9; ping uses gethostbyname and does not sort")),
            new Entry("ubuntu", new ImageProfile("ubuntu", "Ubuntu (glibc)", "glibc-current", ImageProfile.Ping.MODERN,
                    ImageProfile.Http.CURL, true, "9.18.28-0ubuntu0.22.04.1-Ubuntu", "7.81.0", "glibc getaddrinfo; modern iputils ping also sorts")),
            new Entry("debian", new ImageProfile("debian", "Debian 12 (glibc 2.36)", "glibc-current", ImageProfile.Ping.MODERN,
                    ImageProfile.Http.CURL, true, "9.18.33-1~deb12u2-Debian", "7.88.1", "glibc getaddrinfo; modern iputils ping also sorts")),
            new Entry("alpine", new ImageProfile("alpine", "Alpine (musl 1.2, BusyBox)", "musl", ImageProfile.Ping.BUSYBOX,
                    ImageProfile.Http.CURL, true, "9.18.27", "8.9.1", "musl does not sort IPv4-only answers: DNS order is kept")),
            new Entry("golang", new ImageProfile("golang", "Go program (pure-Go resolver)", "go-pure", ImageProfile.Ping.MODERN,
                    ImageProfile.Http.GO, true, "9.18.33-1~deb12u2-Debian", "7.88.1", "requests made by a Go net/http client; the pure-Go resolver skips rule 9 for IPv4")),
            new Entry("openjdk", new ImageProfile("openjdk", "OpenJDK on glibc", "java-default", ImageProfile.Ping.MODERN,
                    ImageProfile.Http.JAVA, true, "9.18.33-1~deb12u2-Debian", "7.88.1", "requests made by java.net.http: glibc order, IPv4 first, cached 30 s")),
            new Entry("instavote/vote", new ImageProfile("instavote/vote", "Debian (Python, gunicorn)", "glibc-current", ImageProfile.Ping.MODERN,
                    ImageProfile.Http.CURL, true, "9.10.3-P4-Debian", "7.52.1", "the seed's vote server")));

    private static final ImageProfile FALLBACK = new ImageProfile("(unknown)", "Debian-like (glibc)", "glibc-current",
            ImageProfile.Ping.MODERN, ImageProfile.Http.CURL, true, "9.18.33-1~deb12u2-Debian", "7.88.1", "unknown image: taken as glibc-based");

    private final Map<String, ImageOverride> overrides;

    public ImageCatalogue(Map<String, ImageOverride> overrides) {
        this.overrides = overrides;
    }

    /**
     * The images the catalogue knows by name, in catalogue order, each with its behaviour (before
     * any scenario's overrides): what a chooser of client images can offer.
     */
    public static List<ImageProfile> known() {
        return ENTRIES.stream().map(Entry::profile).toList();
    }

    /** Whether the tag names an Alpine base ({@code redis:alpine}, {@code nginx:1.25-alpine}, {@code python:3.12-alpine3.20}). */
    static boolean alpineTag(String image) {
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        String tag = colon > slash ? image.substring(colon + 1) : "";
        return tag.startsWith("alpine") || tag.contains("-alpine");
    }

    private static ImageProfile profileOf(String prefix) {
        return ENTRIES.stream().filter(e -> e.prefix().equals(prefix)).map(Entry::profile).findFirst().orElse(FALLBACK);
    }

    public ImageProfile profile(String image) {
        String repo = image.contains(":") ? image.substring(0, image.lastIndexOf(':')) : image;
        ImageProfile base = FALLBACK;
        for (Entry e : ENTRIES) {
            if (repo.equals(e.prefix()) || repo.startsWith(e.prefix() + "/") || repo.equals("library/" + e.prefix())) {
                base = e.profile();
                break;
            }
        }
        if (base == FALLBACK && alpineTag(image)) {
            base = profileOf("alpine");
        }
        base = new ImageProfile(image, base.os(), base.resolver(), base.ping(), base.http(), base.ipv6LinkLocal(), base.digBanner(), base.curlVersion(),
                base.description());
        ImageOverride o = overrides.get(image);
        if (o == null) {
            o = overrides.get(repo);
        }
        if (o == null) {
            return base;
        }
        return new ImageProfile(image, base.os(),
                o.resolver().map(r -> r.text()).orElse(base.resolver()),
                o.ping().map(p -> ImageProfile.Ping.valueOf(p.name())).orElse(base.ping()),
                o.httpClient().map(h -> ImageProfile.Http.valueOf(h.name())).orElse(base.http()),
                o.ipv6LinkLocal().orElse(base.ipv6LinkLocal()),
                base.digBanner(),
                base.curlVersion(),
                o.description().orElse(base.description()));
    }
}
