package io.github.ogireport.internal.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Reading#read}: the bytes kept, the size counted, the digest over the whole file. */
class ReadingTest {
    @TempDir
    Path tmp;

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    private static byte[] sha(byte[] b) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(b);
    }

    @Test
    void aFileWithinTheLimitIsKeptWholeAndHashed() throws Exception {
        for (int n : new int[] {0, 1, 8_000, 65_536, 65_537, 300_000}) {
            byte[] b = bytes(n);
            Path f = Files.write(tmp.resolve("f" + n), b);
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            Reading.FileBytes r = Reading.read(f, 300_000, d);
            assertArrayEquals(b, r.bytes(), "size " + n);
            assertEquals(n, r.size());
            assertArrayEquals(sha(b), d.digest());
            assertArrayEquals(b, Reading.read(f, n, null).bytes(), "exactly at the limit: " + n);
        }
    }

    @Test
    void aFileOverTheLimitIsHashedToItsEndButNotKept() throws Exception {
        byte[] b = bytes(200_001);
        Path f = Files.write(tmp.resolve("big"), b);
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        Reading.FileBytes r = Reading.read(f, 200_000, d);
        assertTrue(r.over());
        assertNull(r.bytes());
        assertEquals(200_001, r.size());
        assertArrayEquals(sha(b), d.digest());
        Reading.FileBytes noDigest = Reading.read(f, 1_000, null);
        assertTrue(noDigest.over());
        assertEquals(200_001, noDigest.size(), "the file system's size, larger than what was read");
    }

    @Test
    void aFileLongerThanTheFileSystemSaysIsReadToItsEnd() throws Exception {
        // a /proc file says 0 bytes and holds more: the size comes from the stream
        Path proc = Path.of("/proc/self/status");
        if (Files.isReadable(proc) && Files.size(proc) == 0) {
            Reading.FileBytes r = Reading.read(proc, 1_000_000, null);
            assertTrue(r.size() > 0);
            assertEquals(r.size(), r.bytes().length);
            assertTrue(new String(r.bytes(), java.nio.charset.StandardCharsets.US_ASCII).contains("Name:"));
        }
    }
}
