package org.plateau.family.rnn.ui.internal;

import java.io.IOException;

/**
 * What an {@link EpochPlot} shows at each position of its slider, without SWT: the epochs, a caption and a drawing
 * per epoch, and the data as CSV.
 */
public interface EpochScene {

	/** The epochs the slider moves over. */
	EpochIndex epochs();

	/** The caption at a slider position, e.g. {@code "epoch 40: 12 states (not finite), minimal 2 states"}. */
	String caption(int position);

	/** The picture at a slider position, in a {@code width x height} drawing. */
	Drawing draw(int position, int width, int height, Palette palette);

	/** Writes the data of every epoch as CSV with a header line. */
	void writeCsv(Appendable out) throws IOException;
}
