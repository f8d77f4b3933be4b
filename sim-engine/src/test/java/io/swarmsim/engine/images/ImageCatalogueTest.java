package io.swarmsim.engine.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a chooser of client images offers: the catalogue's own names and behaviours. */
class ImageCatalogueTest {
    @Test
    void theKnownImagesAreTheCataloguesEntriesInOrder() {
        List<ImageProfile> known = ImageCatalogue.known();
        assertEquals(List.of("smakam/myubuntu:v4", "ubuntu", "debian", "alpine", "golang", "openjdk", "instavote/vote"),
            known.stream().map(ImageProfile::image).toList());
        ImageCatalogue plain = new ImageCatalogue(Map.of());
        for (ImageProfile p : known) {
            assertEquals(p.resolver(), plain.profile(p.image()).resolver(), "each name finds its own entry: " + p.image());
        }
        assertTrue(known.stream().anyMatch(p -> p.resolver().equals("musl")));
    }

    @Test
    void alpineTagsResolveAsMusl() {
        ImageCatalogue plain = new ImageCatalogue(Map.of());
        for (String image : List.of("redis:alpine", "nginx:1.25-alpine", "python:3.12-alpine3.20", "alpine:3.20", "localhost:5000/app:alpine")) {
            assertEquals("musl", plain.profile(image).resolver(), image);
            assertEquals(ImageProfile.Ping.BUSYBOX, plain.profile(image).ping(), image);
        }
        for (String image : List.of("nginx:1.25", "postgres:16-bookworm", "localhost:5000/alpine-tools", "debian:12")) {
            assertEquals("glibc-current", plain.profile(image).resolver(), image);
        }
    }
}
