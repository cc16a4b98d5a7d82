package org.sendsearch.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {
    /** FIPS 180-2's test vector for "abc", in lower-case hex as document ids and markers store it. */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void bytesTextAndDigestAgree() {
        assertEquals(ABC, Sha256.hex("abc".getBytes(StandardCharsets.UTF_8)));
        assertEquals(ABC, Sha256.hex("abc"));
        var digest = Sha256.digest();
        digest.update((byte) 'a');
        digest.update("bc".getBytes(StandardCharsets.UTF_8));
        assertEquals(ABC, Sha256.hex(digest));
    }

    @Test
    void aFileIsHashedAsItsBytes(@TempDir Path dir) throws IOException {
        byte[] big = new byte[200_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        Path file = Files.write(dir.resolve("big.bin"), big);
        assertEquals(Sha256.hex(big), Sha256.hexOf(file));
        assertEquals(Sha256.hex(big), Sha256.hexOfOrNull(file));
        assertNull(Sha256.hexOfOrNull(dir.resolve("missing")));
    }
}
