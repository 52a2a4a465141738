/** Links, the raw-REPL client, the device agent, {@code DeviceVolume} and the virtual camera. */
package io.flashdeck.serial;
