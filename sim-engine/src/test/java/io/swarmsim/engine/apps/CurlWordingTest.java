package io.swarmsim.engine.apps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** curl's failed-connect text per version; 7.88.1's recorded here: {@code curl 127.0.0.1:1} in a namespace. */
class CurlWordingTest {
    @Test
    void eachEraWordsItsOwnWay() {
        assertEquals("curl: (7) Failed to connect to vote port 80: Connection refused\n",
            CurlWording.connectFailed("7.47.0", "vote", 80, 3, "Connection refused"));
        assertEquals("curl: (7) Failed to connect to vote port 80 after 3 ms: Connection refused\n",
            CurlWording.connectFailed("7.81.0", "vote", 80, 3, "Connection refused"));
        assertEquals("curl: (7) Failed to connect to 127.0.0.1 port 1 after 0 ms: Couldn't connect to server\n",
            CurlWording.connectFailed("7.88.1", "127.0.0.1", 1, 0, "Connection refused"));
    }

    @Test
    void versionsCompareByMajorAndMinor() {
        assertTrue(CurlWording.below("7.47.0", 7, 75));
        assertFalse(CurlWording.below("7.75.0", 7, 75));
        assertFalse(CurlWording.below("8.9.1", 7, 87));
        assertFalse(CurlWording.below("unknown", 7, 87));
    }
}
