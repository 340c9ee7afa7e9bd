package io.github.ogireport.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium driven by its command line (no driver, no dependency): {@code --dump-dom} for the DOM after
 * rendering, {@code --screenshot}, {@code --print-to-pdf}. Every run has a fresh profile, resolves no host name
 * ({@code --host-resolver-rules="MAP * ~NOTFOUND"}: nothing leaves the machine) and writes a NetLog, from which
 * {@link Run#pageRequests()} lists the network requests the page made (see there).
 */
final class Chromium {
    /** Where a Chromium is looked for, after the environment variable {@code OGI_CHROMIUM}. */
    static final List<String> LOOKED_FOR = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable", "chromium, chromium-browser, google-chrome on PATH");
    private static final long TIMEOUT_SECONDS = 120;

    private final Path binary;
    private final Path work;
    private int runs;

    Chromium(Path binary, Path work) throws IOException {
        this.binary = binary;
        this.work = Files.createDirectories(work);
    }

    /** The Chromium binary: {@code $OGI_CHROMIUM}, a Debian or Google package's path, or one on the PATH. */
    static Optional<Path> find() {
        String env = System.getenv("OGI_CHROMIUM");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env)).filter(Files::isExecutable);
        }
        for (String candidate : LOOKED_FOR.subList(0, 4)) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Optional.of(Path.of(candidate));
            }
        }
        String path = System.getenv("PATH");
        for (String dir : path == null ? new String[0] : path.split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What one run printed and requested.
     *
     * @param stdout       standard output (the DOM for {@code --dump-dom})
     * @param pageRequests the URLs the page asked the network for
     */
    record Run(String stdout, List<String> pageRequests) {
    }

    /** The DOM of {@code page} after loading and rendering, serialised. */
    Run dumpDom(Path page) throws IOException, InterruptedException {
        return run(page, "--dump-dom");
    }

    /** A screenshot of the top {@code width} × {@code height} pixels of {@code page}. */
    Run screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        return run(page, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height);
    }

    /** {@code page} printed to PDF, as a person printing it would get (the page's print style, A4). */
    Run printToPdf(Path page, Path pdf) throws IOException, InterruptedException {
        return run(page, "--print-to-pdf=" + pdf.toAbsolutePath(), "--no-pdf-header-footer");
    }

    private Run run(Path page, String... action) throws IOException, InterruptedException {
        int n = ++runs;
        Path profile = Files.createTempDirectory(work, "profile-");
        Path netLog = work.resolve("netlog-" + n + ".json");
        Path out = work.resolve("chromium-" + n + ".out");
        Path err = work.resolve("chromium-" + n + ".err");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile.toAbsolutePath(),
                "--host-resolver-rules=MAP * ~NOTFOUND", "--log-net-log=" + netLog.toAbsolutePath()));
        command.addAll(Arrays.asList(action));
        command.add(page.toAbsolutePath().toUri().toString());
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
            }
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            delete(profile);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Chromium exited with " + process.exitValue() + ": " + command + "\n"
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Run(Files.readString(out, StandardCharsets.UTF_8), pageRequests(netLog));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a profile left behind under target/ is harmless
        }
    }

    /**
     * The network requests of the page, from the NetLog: the URL_REQUEST_START_JOB events (one per request that
     * reached the network stack) whose network isolation key or site-for-cookies is the page's {@code file://}
     * site. Chromium's own background requests (time, component updates, accounts), which the flags do not all
     * silence, have another key and are left out; {@code file:} and {@code data:} loads are not network requests.
     */
    private static List<String> pageRequests(Path netLog) throws IOException {
        JsonNode log = new ObjectMapper().readTree(netLog.toFile());
        int startJob = log.path("constants").path("logEventTypes").path("URL_REQUEST_START_JOB").asInt(-1);
        if (startJob < 0) {
            throw new IllegalStateException("NetLog without URL_REQUEST_START_JOB: " + netLog);
        }
        List<String> urls = new ArrayList<>();
        for (JsonNode event : log.path("events")) {
            JsonNode params = event.path("params");
            if (event.path("type").asInt() != startJob || !params.has("url")) {
                continue;
            }
            String url = params.path("url").asText();
            String site = params.path("network_isolation_key").asText() + " " + params.path("site_for_cookies").asText();
            if (site.contains("file://") && !url.startsWith("file:") && !url.startsWith("data:")) {
                urls.add(url);
            }
        }
        return urls;
    }
}
