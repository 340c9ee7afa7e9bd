package io.github.ogireport;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The public API of {@code ogi-report} is the one recorded in {@code api/ogi-report.api}: a change to it (a
 * type or member added, removed or changed) fails here until the listing is regenerated with
 * {@code -Dogi.updateApi=true} and the diff reviewed (and, for a removal or change, the version and
 * CHANGELOG.md updated).
 */
class ApiListingTest {
    private static final Path LISTING = Path.of("api", "ogi-report.api");
    private static final boolean UPDATE = Boolean.getBoolean("ogi.updateApi");

    @Test
    void thePublicApiIsTheRecordedOne() throws Exception {
        Path classes = Path.of(OgiReports.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isDirectory(classes), "the library's classes are not a folder: " + classes);
        String actual = ApiListing.of(classes, List.of(
                "The public API of io.github.ogireport:ogi-report: public types outside the internal packages and",
                "their public and protected members, from the compiled classes (ApiListingTest). Regenerate with",
                "mvn -B test -pl ogi-report -Dtest=ApiListingTest -Dogi.updateApi=true and review the diff."));
        assertTrue(actual.contains("public final class io.github.ogireport.OgiReports"), "the listing lacks OgiReports");
        if (UPDATE) {
            Files.createDirectories(LISTING.getParent());
            Files.writeString(LISTING, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(LISTING)) {
            fail(LISTING + " is missing: create it with -Dogi.updateApi=true");
        }
        String recorded = Files.readString(LISTING, StandardCharsets.UTF_8);
        if (!recorded.equals(actual)) {
            fail("the public API differs from " + LISTING + " (review, then -Dogi.updateApi=true):\n"
                    + diff(recorded, actual));
        }
    }

    @Test
    void theListingLeavesOutInternalAndPackagePrivateTypes() throws Exception {
        Path classes = Path.of(OgiReports.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String listing = ApiListing.of(classes, List.of());
        assertTrue(!listing.contains(".internal."), "an internal type is listed");
        // the rule classes are package-private in check.rules; BuiltInRules is public there (a ServiceLoader provider)
        assertTrue(!listing.contains("check.rules.Relation"), "a package-private type is listed");
        assertTrue(!listing.contains("check.rules.AllHandled"), "a package-private rule is listed");
        assertTrue(listing.contains("public final class io.github.ogireport.check.rules.BuiltInRules"),
                "a public type is missing");
    }

    /** The lines only in one of the two, marked - (recorded only) and + (compiled only), in order. */
    private static String diff(String recorded, String actual) {
        Set<String> a = new LinkedHashSet<>(List.of(recorded.split("\n")));
        Set<String> b = new LinkedHashSet<>(List.of(actual.split("\n")));
        List<String> out = new ArrayList<>();
        for (String l : a) {
            if (!b.contains(l)) {
                out.add("- " + l);
            }
        }
        for (String l : b) {
            if (!a.contains(l)) {
                out.add("+ " + l);
            }
        }
        return String.join("\n", out.subList(0, Math.min(out.size(), 60)))
                + (out.size() > 60 ? "\n... " + (out.size() - 60) + " more" : "");
    }
}
