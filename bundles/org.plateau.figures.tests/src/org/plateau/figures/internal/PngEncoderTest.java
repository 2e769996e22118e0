package org.plateau.figures.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PngEncoder} against the JDK's PNG decoder: every pixel read back as written. */
class PngEncoderTest {

	@TempDir
	Path folder;

	@Test
	void noisyImageOverManyChunksReadsBackPixelForPixel() throws IOException {
		assertReadsBack(noise(640, 480));
	}

	/**
	 * The file as ISO/IEC 15948 lays it out, read without the JDK's decoder (which does not check CRCs): the
	 * signature, IHDR first with the size, 8-bit truecolour, IDAT chunks of at most 64 KiB, IEND last, the CRC of every
	 * chunk, and the inflated IDAT data: each row a filter byte 0 and the pixels' red, green and blue.
	 */
	@Test
	void chunksCrcsAndRowsAreAsTheStandardLaysThemOut() throws IOException, DataFormatException {
		BufferedImage image = noise(640, 480); // random colours do not compress: 3 x 640 x 480 bytes, 15 IDAT chunks
		Path file = folder.resolve("noise.png");
		PngEncoder.write(image, file);
		ByteBuffer png = ByteBuffer.wrap(Files.readAllBytes(file));
		byte[] signature = new byte[8];
		png.get(signature);
		assertArrayEquals(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, signature);
		List<String> types = new ArrayList<>();
		ByteArrayOutputStream idat = new ByteArrayOutputStream();
		while (png.hasRemaining()) {
			int length = png.getInt();
			byte[] type = new byte[4];
			png.get(type);
			byte[] data = new byte[length];
			png.get(data);
			CRC32 crc = new CRC32();
			crc.update(type);
			crc.update(data);
			String name = new String(type, StandardCharsets.US_ASCII);
			assertEquals((int) crc.getValue(), png.getInt(), "CRC of " + name);
			types.add(name);
			if (name.equals("IHDR")) {
				ByteBuffer header = ByteBuffer.wrap(data);
				assertEquals(640, header.getInt());
				assertEquals(480, header.getInt());
				assertArrayEquals(new byte[] { 8, 2, 0, 0, 0 }, Arrays.copyOfRange(data, 8, 13));
			} else if (name.equals("IDAT")) {
				assertTrue(length <= 1 << 16, "an IDAT of " + length + " bytes");
				idat.write(data);
			}
		}
		assertEquals("IHDR", types.get(0));
		assertEquals("IEND", types.get(types.size() - 1));
		assertTrue(types.stream().filter("IDAT"::equals).count() > 1, types.toString());

		Inflater inflater = new Inflater(); // a zlib stream, as PNG's compression method 0 asks
		inflater.setInput(idat.toByteArray());
		byte[] rows = new byte[480 * (1 + 3 * 640)];
		assertEquals(rows.length, inflater.inflate(rows));
		assertTrue(inflater.finished());
		inflater.end();
		for (int y = 0, i = 0; y < 480; y++) {
			assertEquals(0, rows[i++], "filter type of row " + y);
			for (int x = 0; x < 640; x++) {
				int rgb = image.getRGB(x, y);
				assertEquals(rgb >> 16 & 0xff, rows[i++] & 0xff);
				assertEquals(rgb >> 8 & 0xff, rows[i++] & 0xff);
				assertEquals(rgb & 0xff, rows[i++] & 0xff);
			}
		}
	}

	@Test
	void aFigureReadsBackPixelForPixelWithinATenthOfImageIosSize() throws IOException {
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
	void refusesOtherImageTypesAndSubImages() {
		BufferedImage argb = new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB);
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> PngEncoder.write(argb, folder.resolve("argb.png")));
		assertTrue(e.getMessage().contains("TYPE_INT_RGB"), e.getMessage());
		// of TYPE_INT_RGB, but its pixels are a window on its parent's array
		BufferedImage part = noise(8, 8).getSubimage(2, 2, 4, 4);
		assertThrows(IllegalArgumentException.class, () -> PngEncoder.write(part, folder.resolve("part.png")));
	}

	private static BufferedImage noise(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		SplittableRandom random = new SplittableRandom(7);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, random.nextInt(1 << 24));
			}
		}
		return image;
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
