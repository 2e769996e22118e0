package org.plateau.family.localization.internal;

import java.util.SplittableRandom;
import java.util.function.LongFunction;

import org.ejml.data.DMatrixRMaj;
import org.plateau.family.localization.data.ImageEnsemble;
import org.plateau.kernels.DenseKernels;

/**
 * What {@link NeuronTrainer} needs of an experiment, as plain values (spec 2(c)): the images, the K neurons and their
 * readout, the batch and its reduction, the learning rate, the fixed set if any, the seed's streams and the threads.
 * {@link LocalizationSetup#training()} makes it from an experiment; the step benchmark makes it directly.
 *
 * @param images the two classes of images
 * @param kernels the dense kernels of the products
 * @param neurons K
 * @param sigmoid sigmoid neurons, else ReLU
 * @param bias trained biases b_k
 * @param trainedReadout a trained readout v, b2, else v = 1, b2 = 0
 * @param batch images per step, half per class
 * @param learningRate eta
 * @param lossFactor c of the loss c (yhat - y)^2: 1, or 1/2 for the half squared error
 * @param meanOverBatch the loss is the batch mean, else its sum
 * @param fixedSet the fixed set per label, or null online
 * @param miniBatchOfFixedSet every step draws its batch from the fixed set, else it is the whole set
 * @param streams the seed's independent stream of an index ({@link LocalizationSetup#CHUNK_STREAMS} + chunk for the
 *                chunks)
 * @param threads threads a step may use
 * @param excessKurtosis kappa - 3 of label 1's pixels, recorded with every measure as a quantity of the setting
 */
record NeuronTraining(ImageEnsemble images, DenseKernels kernels, int neurons, boolean sigmoid, boolean bias,
		boolean trainedReadout, int batch, double learningRate, double lossFactor, boolean meanOverBatch,
		DMatrixRMaj[] fixedSet, boolean miniBatchOfFixedSet, LongFunction<SplittableRandom> streams, int threads,
		double excessKurtosis) {
}
