package jp.madoguchi.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The machine a result was measured on, so that figures from different machines are not compared blindly. */
record MachineFacts(int cores, String memory, double loadAverage, String java, String os) {

    static MachineFacts read() {
        return new MachineFacts(
                Runtime.getRuntime().availableProcessors(),
                memTotal().orElse("unknown"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                String.format(Locale.ROOT, "%s %s %s", System.getProperty("os.name"), System.getProperty("os.version"),
                        System.getProperty("os.arch")));
    }

    private static Optional<String> memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(line -> line.startsWith("MemTotal:"))
                    .map(line -> line.substring("MemTotal:".length()).trim())
                    .findFirst();
        } catch (IOException | RuntimeException notLinux) {
            return Optional.empty();
        }
    }
}
