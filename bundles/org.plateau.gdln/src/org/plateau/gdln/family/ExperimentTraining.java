package org.plateau.gdln.family;

import java.util.ArrayList;
import java.util.List;

import org.plateau.core.family.MetricDescriptor;
import org.plateau.model.Experiment;

/**
 * A {@link GatedTraining} that takes its name, step size and schedule from an experiment's {@code Training}; the
 * family adds the data, the metrics and how to measure them.
 */
public abstract class ExperimentTraining implements GatedTraining {

	/** The experiment. */
	protected final Experiment experiment;
	/** The recorded metrics, which the family adds in the order its {@link #measure} writes them. */
	protected final List<MetricDescriptor> metrics = new ArrayList<>();
	private final double learningRate;
	private final long steps;
	private final long recordInterval;

	protected ExperimentTraining(Experiment experiment) {
		this.experiment = experiment;
		this.learningRate = experiment.getTraining().getLearningRate();
		this.steps = experiment.getTraining().getSteps();
		this.recordInterval = experiment.getTraining().getRecordInterval();
	}

	@Override
	public String name() {
		return experiment.getName();
	}

	@Override
	public double learningRate() {
		return learningRate;
	}

	@Override
	public long steps() {
		return steps;
	}

	@Override
	public long recordInterval() {
		return recordInterval;
	}

	@Override
	public List<MetricDescriptor> metrics() {
		return metrics;
	}
}
