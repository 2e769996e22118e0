package org.plateau.figures.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Reading back written PNGs in tests. */
final class Pixels {

	private Pixels() {
	}

	static BufferedImage read(Path png) throws IOException {
		BufferedImage image = ImageIO.read(png.toFile());
		if (image == null) {
			throw new IOException(png + " is not an image ImageIO can decode");
		}
		return image;
	}

	/** The number of pixels whose red, green and blue each differ from {@code colour}'s by at most {@code tolerance}. */
	static int count(BufferedImage image, Color colour, int tolerance) {
		int count = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				if (Math.abs((rgb >> 16 & 0xff) - colour.getRed()) <= tolerance
						&& Math.abs((rgb >> 8 & 0xff) - colour.getGreen()) <= tolerance
						&& Math.abs((rgb & 0xff) - colour.getBlue()) <= tolerance) {
					count++;
				}
			}
		}
		return count;
	}
}
