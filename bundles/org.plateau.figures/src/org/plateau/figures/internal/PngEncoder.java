package org.plateau.figures.internal;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an RGB image as a PNG (ISO/IEC 15948: 8-bit truecolour, no interlace, filter type "None" on every row), from
 * the image's own pixel array.
 * <p>
 * ImageIO's PNG writer reads the image row by row through {@code Raster.getPixels} and tries all five row filters on
 * each row to pick one: a quarter of the time of a CLI run's figures, and cold code in a short run. A figure is mostly
 * flat colour, which deflate compresses as well unfiltered: the files come out as small.
 */
final class PngEncoder {

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
	/** The most bytes of compressed data one IDAT chunk carries. */
	private static final int CHUNK_SIZE = 1 << 16;

	private PngEncoder() {
	}

	/**
	 * Writes the image.
	 *
	 * @param image of {@link BufferedImage#TYPE_INT_RGB}, whose pixel array holds exactly its rows (not a sub-image)
	 * @param file the PNG to write
	 */
	static void write(BufferedImage image, Path file) throws IOException {
		int width = image.getWidth();
		int height = image.getHeight();
		WritableRaster raster = image.getRaster();
		if (image.getType() != BufferedImage.TYPE_INT_RGB || raster.getParent() != null
				|| !(raster.getSampleModel() instanceof SinglePixelPackedSampleModel model) || model.getScanlineStride() != width
				|| raster.getDataBuffer().getOffset() != 0) {
			throw new IllegalArgumentException("Only whole TYPE_INT_RGB images are written, not " + image);
		}
		int[] pixels = ((DataBufferInt) raster.getDataBuffer()).getData();
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), CHUNK_SIZE + 12)) {
			out.write(SIGNATURE);
			byte[] header = new byte[13];
			putInt(header, 0, width);
			putInt(header, 4, height);
			header[8] = 8; // bit depth
			header[9] = 2; // colour type: truecolour
			// compression method 0 (deflate), filter method 0, interlace method 0 (none)
			writeChunk(out, "IHDR", header, header.length);
			Deflater deflater = new Deflater(4);
			try (DeflaterOutputStream idat = new DeflaterOutputStream(new ChunkStream(out), deflater, CHUNK_SIZE)) {
				byte[] row = new byte[1 + 3 * width]; // row[0] = 0: filter type None
				for (int y = 0, offset = 0; y < height; y++, offset += width) {
					for (int x = 0, i = 1; x < width; x++) {
						int rgb = pixels[offset + x];
						row[i++] = (byte) (rgb >>> 16);
						row[i++] = (byte) (rgb >>> 8);
						row[i++] = (byte) rgb;
					}
					idat.write(row);
				}
			} finally {
				deflater.end();
			}
			writeChunk(out, "IEND", new byte[0], 0);
		}
	}

	private static void writeChunk(OutputStream out, String type, byte[] data, int length) throws IOException {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		byte[] number = new byte[4];
		putInt(number, 0, length);
		out.write(number);
		out.write(name);
		out.write(data, 0, length);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data, 0, length);
		putInt(number, 0, (int) crc.getValue());
		out.write(number);
	}

	private static void putInt(byte[] bytes, int at, int value) {
		bytes[at] = (byte) (value >>> 24);
		bytes[at + 1] = (byte) (value >>> 16);
		bytes[at + 2] = (byte) (value >>> 8);
		bytes[at + 3] = (byte) value;
	}

	/** The compressed stream cut into IDAT chunks; closing it does not close the file. */
	private static final class ChunkStream extends OutputStream {

		private final OutputStream out;
		private final byte[] buffer = new byte[CHUNK_SIZE];
		private int size;

		ChunkStream(OutputStream out) {
			this.out = out;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			while (length > 0) {
				int n = Math.min(length, buffer.length - size);
				System.arraycopy(bytes, offset, buffer, size, n);
				size += n;
				offset += n;
				length -= n;
				if (size == buffer.length) {
					flush();
				}
			}
		}

		@Override
		public void flush() throws IOException {
			if (size > 0) {
				writeChunk(out, "IDAT", buffer, size);
				size = 0;
			}
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
