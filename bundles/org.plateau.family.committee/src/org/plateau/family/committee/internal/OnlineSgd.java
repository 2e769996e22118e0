package org.plateau.family.committee.internal;

import java.util.SplittableRandom;

import org.plateau.family.committee.theory.ActivationIntegrals;

/**
 * What {@link OnlineSgdTrainer} needs of an experiment, as plain values (spec 3(a-c)). {@link CommitteeSetup#training()}
 * makes it from an experiment; the step benchmark makes it directly.
 *
 * @param g the activation of teacher and student
 * @param inputs N
 * @param studentUnits K
 * @param teacherUnits M
 * @param learningRate eta of the first layer, scaled by 1/sqrt(N) in the step
 * @param secondLayerRate eta_v of the second layer, scaled by 1/N
 * @param noise sigma of the training labels
 * @param weightDecay wd of the first layer
 * @param trainSecondLayer whether v learns
 * @param initialWeights the student's first layer at t = 0, K x N row-major (copied)
 * @param teacher the teacher's first layer B, M x N row-major (shared, never written)
 * @param initialSecondLayer v at t = 0 (copied)
 * @param teacherSecondLayer A
 * @param random the stream of inputs and label noise
 */
record OnlineSgd(ActivationIntegrals g, int inputs, int studentUnits, int teacherUnits, double learningRate,
		double secondLayerRate, double noise, double weightDecay, boolean trainSecondLayer, double[] initialWeights,
		double[] teacher, double[] initialSecondLayer, double[] teacherSecondLayer, SplittableRandom random) {
}
