package dev.vpclab.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {
    private static BufferedImage roundTrip(BufferedImage image, boolean opaque) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(image, opaque, out);
        return ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    }

    private static BufferedImage noise(int w, int h, boolean opaque, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = random.nextInt();
                image.setRGB(x, y, opaque ? argb | 0xFF000000 : argb);
            }
        }
        return image;
    }

    @Test
    void anImageWithTransparencyReadsBackPixelForPixel() throws IOException {
        // Larger than one 64 KiB IDAT chunk, so the file holds several.
        BufferedImage image = noise(300, 200, false, 7);
        BufferedImage back = roundTrip(image, false);

        assertThat(back.getColorModel().hasAlpha()).isTrue();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int a = image.getRGB(x, y);
                int b = back.getRGB(x, y);
                // ImageIO hands back non-premultiplied colours; fully clear pixels may lose theirs.
                if ((a >>> 24) != 0) {
                    assertThat(b).as("pixel %d,%d", x, y).isEqualTo(a);
                } else {
                    assertThat(b >>> 24).isZero();
                }
            }
        }
    }

    @Test
    void anOpaqueImageIsWrittenWithoutAnAlphaChannel() throws IOException {
        BufferedImage image = noise(120, 80, true, 11);
        BufferedImage back = roundTrip(image, true);

        assertThat(back.getColorModel().hasAlpha()).isFalse();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertThat(back.getRGB(x, y)).isEqualTo(image.getRGB(x, y));
            }
        }
    }
}
