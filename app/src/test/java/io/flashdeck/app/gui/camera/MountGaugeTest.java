package io.flashdeck.app.gui.camera;

import static org.assertj.core.api.Assertions.assertThat;

import io.flashdeck.core.volume.SpaceInfo;
import org.junit.jupiter.api.Test;

class MountGaugeTest {

    @Test
    void describesTheFileSystemAndSpace() {
        SpaceInfo flash = new SpaceInfo("fat", 2_031_616, 1_966_080, 512);
        assertThat(MountGauge.describe(flash)).isEqualTo("fat · 1.9 MiB free of 1.9 MiB");
        assertThat(MountGauge.describe(null)).isEqualTo("not connected");
    }

    @Test
    void theBarShowsThePartInUse() {
        assertThat(MountGauge.usedFraction(new SpaceInfo("fat", 4096, 1024, 512))).isEqualTo(0.75);
        assertThat(MountGauge.usedFraction(new SpaceInfo("none", 0, 0, 0))).isZero();
        assertThat(MountGauge.usedFraction(null)).isZero();
    }
}
