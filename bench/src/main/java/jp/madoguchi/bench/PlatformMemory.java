package jp.madoguchi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resident memory of the JVMs {@code ./madoguchi up} started, from their pid files in {@code var/run} and
 * {@code /proc}: current (VmRSS) and peak (VmHWM). A pid counts only if its command line carries the launcher's
 * marker for that name, as the launcher itself checks, so a reused pid is not reported.
 */
final class PlatformMemory {

    private static final List<String> PROCESSES = List.of("devstack", "staff-console", "intake", "scheduling",
            "notification", "analytics");

    private PlatformMemory() {
    }

    /** Process name to {@code "<rss> (peak <hwm>)"}; processes not running from this checkout are left out. */
    static Map<String, String> of(Path checkout) {
        Map<String, String> memory = new LinkedHashMap<>();
        for (String name : PROCESSES) {
            try {
                String pid = Files.readString(checkout.resolve("var/run/" + name + ".pid")).trim();
                Path proc = Path.of("/proc", pid);
                String commandLine = Files.readString(proc.resolve("cmdline"), StandardCharsets.UTF_8);
                if (!commandLine.contains("-Dmadoguchi.process=" + name + "\0")) {
                    continue;
                }
                List<String> status = Files.readAllLines(proc.resolve("status"));
                memory.put(name, field(status, "VmRSS:") + " (peak " + field(status, "VmHWM:") + ")");
            } catch (IOException | RuntimeException notRunning) {
                // No pid file, no such process, or not Linux: nothing to report for it.
            }
        }
        return memory;
    }

    private static String field(List<String> status, String name) {
        return status.stream().filter(line -> line.startsWith(name))
                .map(line -> line.substring(name.length()).trim()).findFirst().orElse("?");
    }
}
