package org.plateau.figures.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PngEncoder} against the JDK's PNG decoder: every pixel read back as written. */
class PngEncoderTest {

	@TempDir
	Path folder;

	@Test
	void noisyImageOverManyChunksReadsBackPixelForPixel() throws IOException {
		// random colours do not compress: 3 x 640 x 480 bytes make 15 IDAT chunks of at most 64 KiB
		BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		SplittableRandom random = new SplittableRandom(7);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				image.setRGB(x, y, random.nextInt(1 << 24));
			}
		}
		assertReadsBack(image);
	}

	@Test
	void aFigureReadsBackPixelForPixelAndNoLargerThanImageIoWrites() throws IOException {
		BufferedImage image = FigureWriter.image(new CurvesFigure(TestRuns.modesPlot(), TestRuns.run()), 1200, 800);
		Path ours = assertReadsBack(image);
		Path imageIo = folder.resolve("imageio.png");
		javax.imageio.ImageIO.write(image, "png", imageIo.toFile());
		assertTrue(Files.size(ours) <= 1.1 * Files.size(imageIo), Files.size(ours) + " bytes against ImageIO's " + Files.size(imageIo));
	}

	@Test
	void oddSizesAndOnePixel() throws IOException {
		BufferedImage one = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
		one.setRGB(0, 0, 0x123456);
		assertReadsBack(one);
		BufferedImage odd = new BufferedImage(3, 7, BufferedImage.TYPE_INT_RGB);
		odd.setRGB(2, 6, 0xff00ff);
		assertReadsBack(odd);
	}

	@Test
	void refusesOtherImageTypesByName() {
		BufferedImage argb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> PngEncoder.write(argb, folder.resolve("argb.png")));
		assertTrue(e.getMessage().contains("TYPE_INT_RGB"), e.getMessage());
	}

	private Path assertReadsBack(BufferedImage image) throws IOException {
		Path file = folder.resolve("image-" + image.getWidth() + "x" + image.getHeight() + ".png");
		PngEncoder.write(image, file);
		BufferedImage back = Pixels.read(file);
		assertEquals(image.getWidth(), back.getWidth());
		assertEquals(image.getHeight(), back.getHeight());
		int[] expected = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		int[] actual = back.getRGB(0, 0, back.getWidth(), back.getHeight(), null, 0, back.getWidth());
		assertArrayEquals(expected, actual);
		return file;
	}
}
