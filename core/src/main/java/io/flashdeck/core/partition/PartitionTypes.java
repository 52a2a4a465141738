package io.flashdeck.core.partition;

import java.util.Map;

/** Names for the partition types a FlashDeck user is likely to meet. */
final class PartitionTypes {

    private static final Map<Integer, String> MBR = Map.ofEntries(
            Map.entry(0x01, "FAT12"),
            Map.entry(0x04, "FAT16 (< 32 MiB)"),
            Map.entry(0x05, "extended"),
            Map.entry(0x06, "FAT16"),
            Map.entry(0x07, "NTFS/exFAT"),
            Map.entry(0x0B, "FAT32"),
            Map.entry(0x0C, "FAT32 (LBA)"),
            Map.entry(0x0E, "FAT16 (LBA)"),
            Map.entry(0x0F, "extended (LBA)"),
            Map.entry(0x82, "Linux swap"),
            Map.entry(0x83, "Linux"),
            Map.entry(0x85, "Linux extended"),
            Map.entry(0xEE, "GPT protective"),
            Map.entry(0xEF, "EFI system"));

    private static final Map<String, String> GPT = Map.of(
            "EBD0A0A2-B9E5-4433-87C0-68B6B72699C7", "Microsoft basic data",
            "C12A7328-F81F-11D2-BA4B-00A0C93EC93B", "EFI system",
            "0FC63DAF-8483-4772-8E79-3D69D8477DE4", "Linux filesystem",
            "0657FD6D-A4AB-43C4-84E5-0933C84B4F4F", "Linux swap",
            "21686148-6449-6E6F-744E-656564454649", "BIOS boot");

    private PartitionTypes() {
    }

    static String describe(PartitionScheme scheme, String type) {
        if (scheme == PartitionScheme.MBR) {
            return MBR.getOrDefault(mbrTypeByte(type), "unknown type");
        }
        return GPT.getOrDefault(type, "unknown type");
    }

    /** Text for an MBR type byte, as {@link Partition#type()} holds it. */
    static String mbrTypeText(int typeByte) {
        return String.format("0x%02X", typeByte);
    }

    private static int mbrTypeByte(String text) {
        return text.startsWith("0x") && text.length() == 4 ? Integer.parseInt(text.substring(2), 16) : -1;
    }
}
