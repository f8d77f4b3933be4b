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
}
