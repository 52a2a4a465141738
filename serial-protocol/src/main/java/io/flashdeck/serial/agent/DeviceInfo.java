package io.flashdeck.serial.agent;

import java.util.Map;
import java.util.Optional;

/**
 * What a device says about itself: MicroPython's {@code sys.implementation} and
 * {@code sys.platform}, {@code os.uname()} where the port has it, OpenMV's firmware version and
 * board where the {@code omv} module exists, and the free heap.
 */
public record DeviceInfo(Map<String, String> facts) {

    public DeviceInfo {
        facts = Map.copyOf(facts);
    }

    /** {@code micropython} on every board FlashDeck talks to. */
    public String implementation() {
        return facts.getOrDefault("impl", "");
    }

    /** The MicroPython version, such as {@code 1.27.0}. */
    public String version() {
        return facts.getOrDefault("version", "");
    }

    /** {@code sys.platform}: {@code stm32}, {@code mimxrt}, {@code webassembly}... */
    public String platform() {
        return facts.getOrDefault("platform", "");
    }

    /** {@code sys.implementation._machine}, such as {@code OpenMV4P-STM32H743 with STM32H743}. */
    public String machine() {
        return facts.getOrDefault("machine", "");
    }

    /** The board name from OpenMV's {@code omv.board_type()}, else {@code os.uname().machine}. */
    public String board() {
        return facts.getOrDefault("board", machine());
    }

    /** OpenMV's firmware version, when the device runs OpenMV firmware. */
    public Optional<String> firmware() {
        return Optional.ofNullable(facts.get("firmware"));
    }

    /** Free heap after a collection, in bytes; 0 when unknown. */
    public long freeMemory() {
        try {
            return Long.parseLong(facts.getOrDefault("free", "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** True for MicroPython's WebAssembly port, whose file errors carry Emscripten's errno numbers. */
    public boolean isWebAssembly() {
        return platform().equals("webassembly");
    }
}
