package io.flashdeck.serial.agent;

import io.flashdeck.core.volume.FileWrite;
import java.util.function.LongConsumer;

/**
 * One file of an agent upload batch.
 *
 * @param path     the target, as the device's bytes
 * @param length   bytes the content supplies
 * @param content  opened when the file's turn comes; closed once its bytes are sent
 * @param progress told the running count of this file's bytes sent
 */
public record UploadItem(byte[] path, long length, FileWrite.Content content, LongConsumer progress) {
}
