package io.flashdeck.core.fat.dir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DirectorySlotsTest {

    /** A directory from a pattern: 'U' used, 'D' deleted, '0' end mark, 'x' garbage after the end. */
    private static byte[] dir(String pattern) {
        byte[] dir = new byte[pattern.length() * 32];
        for (int i = 0; i < pattern.length(); i++) {
            switch (pattern.charAt(i)) {
                case 'U' -> dir[i * 32] = 'A';
                case 'D' -> dir[i * 32] = (byte) 0xE5;
                case 'x' -> dir[i * 32] = 'Z';
                default -> dir[i * 32] = 0;
            }
        }
        return dir;
    }

    @Test
    void findsTheFirstRunOfDeletedSlots() {
        assertThat(DirectorySlots.findFreeRun(dir("UDUDDUDDD0"), 2)).isEqualTo(3);
        assertThat(DirectorySlots.findFreeRun(dir("UDUDDUDDD0"), 1)).isEqualTo(1);
        assertThat(DirectorySlots.findFreeRun(dir("UDUDDUDDD0"), 3)).isEqualTo(6);
    }

    @Test
    void countsEverySlotFromTheEndMarkAsFree() {
        assertThat(DirectorySlots.findFreeRun(dir("UUU0xxxx"), 5)).isEqualTo(3);
        assertThat(DirectorySlots.findFreeRun(dir("UUD0xx"), 4)).isEqualTo(2);
        assertThat(DirectorySlots.findFreeRun(dir("0000"), 4)).isZero();
    }

    @Test
    void reportsWhenNoRunFits() {
        assertThat(DirectorySlots.findFreeRun(dir("UUU0xx"), 4)).isEqualTo(-1);
        assertThat(DirectorySlots.findFreeRun(dir("UDUDUD"), 2)).isEqualTo(-1);
        assertThat(DirectorySlots.findFreeRun(dir("UUUU"), 1)).isEqualTo(-1);
        assertThat(DirectorySlots.findFreeRun(new byte[0], 1)).isEqualTo(-1);
    }

    @Test
    void findsARunEndingTheDirectory() {
        assertThat(DirectorySlots.findFreeRun(dir("UUDD"), 2)).isEqualTo(2);
    }

    @Test
    void refusesEmptyRuns() {
        assertThatThrownBy(() -> DirectorySlots.findFreeRun(dir("0"), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
