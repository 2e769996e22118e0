package org.plateau.ui.internal.plots;

import java.util.Arrays;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;

/**
 * The Plots view's time scrubber: a slider over the recorded and snapshot steps of the first run shown, with play, and steps that
 * go from snapshot to snapshot (from record to record when the run has no snapshots). Moving it puts the time cursor
 * at a step; the cursor check box takes it away again. Used on the UI thread.
 */
public final class TimeScrubber {

	/** Delay between two frames of play, in milliseconds. */
	private static final int FRAME_MILLIS = 40;
	/** Frames for play to cross all the records. */
	private static final int FRAMES = 150;

	private final Composite control;
	private final Button cursor;
	private final Button back;
	private final Button play;
	private final Button forward;
	private final Scale scale;
	private final Label label;
	private final LongConsumer moved;
	private long[] steps = new long[0];
	private long[] snapshotSteps = new long[0];
	private LongFunction<String> describe = step -> "step " + step;
	private boolean playing;

	/** @param moved told the cursor's step when it moves, -1 when it is taken away */
	TimeScrubber(Composite parent, LongConsumer moved) {
		this.moved = moved;
		control = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(6, false);
		layout.marginHeight = 0;
		layout.marginWidth = 4;
		control.setLayout(layout);
		cursor = new Button(control, SWT.CHECK);
		cursor.setText("Time cursor");
		cursor.setToolTipText("Mark one step on every plot and draw the network as it was then");
		cursor.addListener(SWT.Selection, event -> {
			if (cursor.getSelection()) {
				publish();
			} else {
				stop();
				moved.accept(-1);
				updateLabel();
			}
		});
		back = button("◀", "Previous snapshot (previous record when the run has no snapshots)", () -> stepBy(-1));
		play = button("▶", "Play: move the cursor through the run", this::togglePlay);
		forward = button("▶|", "Next snapshot (next record when the run has no snapshots)", () -> stepBy(1));
		scale = new Scale(control, SWT.HORIZONTAL);
		scale.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		scale.addListener(SWT.Selection, event -> {
			cursor.setSelection(true);
			publish();
		});
		label = new Label(control, SWT.NONE);
		GridData labelData = new GridData(SWT.RIGHT, SWT.CENTER, false, false);
		labelData.widthHint = 260;
		label.setLayoutData(labelData);
		setRun(new long[0], new long[0], describe);
	}

	private Button button(String text, String tip, Runnable action) {
		Button button = new Button(control, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tip);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	public Composite control() {
		return control;
	}

	/**
	 * The run the scrubber moves through, again whenever it grows; the cursor stays at its step.
	 *
	 * @param recorded the recorded steps, ascending
	 * @param snapshots the steps of the snapshots, ascending
	 * @param describe the label of a step, e.g. "step 450 · t/τ = 4.5"
	 */
	void setRun(long[] recorded, long[] snapshots, LongFunction<String> describe) {
		long at = step();
		// the slider stands on every record and every snapshot (a snapshot may fall between two records)
		steps = java.util.stream.LongStream.concat(Arrays.stream(recorded), Arrays.stream(snapshots)).distinct().sorted()
				.toArray();
		snapshotSteps = snapshots.clone();
		this.describe = describe;
		boolean any = steps.length > 0;
		for (var control : new org.eclipse.swt.widgets.Control[] { cursor, back, play, forward, scale }) {
			control.setEnabled(any);
		}
		scale.setMaximum(Math.max(1, steps.length - 1));
		scale.setPageIncrement(Math.max(1, steps.length / 10));
		scale.setSelection(at < 0 ? 0 : indexOf(at));
		if (!any && playing) {
			stop();
		}
		updateLabel();
	}

	/** The cursor's step, or -1 when it is off. */
	public long step() {
		return cursor.getSelection() && steps.length > 0 ? steps[Math.min(scale.getSelection(), steps.length - 1)] : -1;
	}

	/** Puts the cursor at the recorded step at or before a step (for tests and the view). */
	public void moveTo(long step) {
		if (steps.length == 0) {
			return;
		}
		cursor.setSelection(true);
		scale.setSelection(indexOf(step));
		publish();
	}

	/** The index of the last recorded step at or before a step (the first when it is before them all). */
	private int indexOf(long step) {
		int at = Arrays.binarySearch(steps, step);
		return Math.max(0, at >= 0 ? at : -at - 2);
	}

	/** One snapshot on (direction 1) or back (-1); one record when the run has no snapshots. */
	public void stepBy(int direction) {
		if (steps.length == 0) {
			return;
		}
		long now = cursor.getSelection() ? step() : direction > 0 ? -1 : Long.MAX_VALUE;
		long target = -1;
		if (snapshotSteps.length > 0) {
			for (long s : snapshotSteps) {
				if (direction > 0 && s > now) {
					target = s;
					break;
				}
				if (direction < 0 && s < now) {
					target = s;
				}
			}
		}
		cursor.setSelection(true);
		if (target >= 0) {
			scale.setSelection(indexOf(target));
		} else if (snapshotSteps.length == 0) {
			scale.setSelection(Math.max(0, Math.min(steps.length - 1, scale.getSelection() + direction)));
		}
		publish();
	}

	public void togglePlay() {
		if (playing) {
			stop();
			return;
		}
		if (steps.length == 0) {
			return;
		}
		if (!cursor.getSelection() || scale.getSelection() >= steps.length - 1) {
			scale.setSelection(0);
		}
		cursor.setSelection(true);
		playing = true;
		play.setText("❚❚");
		play.setToolTipText("Pause");
		frame();
	}

	private void frame() {
		if (!playing || control.isDisposed()) {
			return;
		}
		int next = Math.min(steps.length - 1, scale.getSelection() + Math.max(1, steps.length / FRAMES));
		scale.setSelection(next);
		publish();
		if (next >= steps.length - 1) {
			stop();
		} else {
			control.getDisplay().timerExec(FRAME_MILLIS, this::frame);
		}
	}

	/** Stops playing. */
	void stop() {
		playing = false;
		if (!play.isDisposed()) {
			play.setText("▶");
			play.setToolTipText("Play: move the cursor through the run");
		}
	}

	public boolean isPlaying() {
		return playing;
	}

	private void publish() {
		updateLabel();
		moved.accept(step());
	}

	private void updateLabel() {
		long step = step();
		label.setText(steps.length == 0 ? "" : step < 0 ? "no cursor" : describe.apply(step));
	}

	public String labelText() {
		return label.getText();
	}
}
