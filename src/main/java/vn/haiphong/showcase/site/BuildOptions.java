package vn.haiphong.showcase.site;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What to build and how: the site folder, the output folder (default {@code SITE/output}), the
 * base URL replacing the configured one (null keeps it), whether drafts are built, and the day
 * that decides which dated pages are published (default: today in Hai Phong), and whether the
 * photo book's print edition gets crop marks ({@code --print-marks}).
 */
public record BuildOptions(Path siteDir, Path outputDir, String baseUrl, boolean drafts, LocalDate today,
                           boolean printMarks) {
    public BuildOptions(Path siteDir, Path outputDir, String baseUrl, boolean drafts, LocalDate today) {
        this(siteDir, outputDir, baseUrl, drafts, today, false);
    }

    public BuildOptions {
        siteDir = siteDir.toAbsolutePath().normalize();
        outputDir = (outputDir != null ? outputDir : defaultOutput(siteDir)).toAbsolutePath().normalize();
        today = today != null ? today : LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    /** {@code SITE/output}, where a build writes unless told otherwise. */
    public static Path defaultOutput(Path siteDir) {
        return siteDir.toAbsolutePath().normalize().resolve("output");
    }
}
