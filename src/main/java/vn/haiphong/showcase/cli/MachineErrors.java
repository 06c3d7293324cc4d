package vn.haiphong.showcase.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Problems of the machine rather than the site (a full disk, a folder the user may not write, a
 * read-only disk) as the one line a person can act on: {@code error: WHAT: WHY — HOW TO FIX}.
 * The build's file operations throw {@link UncheckedIOException}s whose message says what they
 * were doing ("cannot write …") and whose cause, a {@link FileSystemException}, says why.
 */
final class MachineErrors {
    private MachineErrors() {
    }

    /**
     * The line for {@code failure} (without {@code error: }), or null when no I/O problem is among
     * its causes (then it is a bug).
     *
     * @param elsewhere how the command writes somewhere else, e.g. "build into another folder with --output DIR"
     */
    static String describe(Throwable failure, String elsewhere) {
        IOException io = null;
        String what = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (what == null && (t instanceof UncheckedIOException || t instanceof IOException)
                    && t.getMessage() != null && t.getMessage().startsWith("cannot ")) {
                what = t.getMessage();
            }
            if (t instanceof IOException e) {
                io = e;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (io == null) {
            return null;
        }
        String file = io instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() : null;
        if (what == null) {
            what = file != null ? "cannot use " + file : "input/output error";
        }
        String reason = reason(io);
        String r = reason.toLowerCase(Locale.ROOT);
        Path folder = file != null ? Path.of(file).getParent() : null;
        String at = folder != null ? folder.toString() : "the folder";
        String fix;
        if (r.contains("no space left") || r.contains("disk quota")) {
            reason = "the disk is full (" + reason + ")";
            fix = "free space on the disk that holds the output (`df -h` shows what is left) or " + elsewhere;
        } else if (io instanceof AccessDeniedException || r.contains("permission denied")) {
            reason = "permission denied";
            fix = "give your user write access to " + at + " (`ls -ld " + at + "`, then `chmod u+w` or `chown`) or "
                    + elsewhere;
        } else if (r.contains("read-only file system")) {
            reason = "the disk is read-only";
            fix = elsewhere + " on a writable disk";
        } else if (r.contains("operation not permitted")) {
            reason = "operation not permitted";
            String locked = file != null ? file : at;
            fix = "the folder may be locked against changes (`lsattr -d " + locked + "`; `chattr -i` lifts it) or " + elsewhere;
        } else if (r.contains("busy")) {
            reason = "the folder is in use (" + reason + "; a mount point cannot be replaced)";
            fix = elsewhere;
        } else if (io instanceof NoSuchFileException) {
            reason = "no such file or folder" + (file != null && !what.contains(file) ? ": " + file : "");
            fix = "check that the folder still exists and nothing else removes files in it while the command runs";
        } else {
            fix = "check that the disk works and the folder is writable, then run the command again";
        }
        return what + ": " + reason + " — " + fix;
    }

    private static String reason(IOException io) {
        if (io instanceof FileSystemException fs) {
            if (fs.getReason() != null) {
                return fs.getReason();
            }
            return io instanceof AccessDeniedException ? "permission denied" : io.getClass().getSimpleName();
        }
        return io.getMessage() != null ? io.getMessage() : io.getClass().getSimpleName();
    }
}
