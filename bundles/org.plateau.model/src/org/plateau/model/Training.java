/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How the network is trained and what is recorded while it trains.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.model.Training#getAlgorithm <em>Algorithm</em>}</li>
 *   <li>{@link org.plateau.model.Training#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.plateau.model.Training#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.plateau.model.Training#getLossConvention <em>Loss Convention</em>}</li>
 *   <li>{@link org.plateau.model.Training#getRecordInterval <em>Record Interval</em>}</li>
 *   <li>{@link org.plateau.model.Training#getSnapshotSteps <em>Snapshot Steps</em>}</li>
 *   <li>{@link org.plateau.model.Training#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.plateau.model.Training#getLossKind <em>Loss Kind</em>}</li>
 *   <li>{@link org.plateau.model.Training#getStopBelowLoss <em>Stop Below Loss</em>}</li>
 * </ul>
 *
 * @see org.plateau.model.PlateauPackage#getTraining()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='learningRatePositive stepsPositive recordIntervalValid snapshotStepsInRange batchSizeValid stopBelowLossValid'"
 * @generated
 */
public interface Training extends EObject {
	/**
	 * Returns the value of the '<em><b>Algorithm</b></em>' attribute.
	 * The default value is <code>"FULL_BATCH_GD"</code>.
	 * The literals are from the enumeration {@link org.plateau.model.TrainingAlgorithm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Full-batch gradient descent or online stochastic gradient descent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Algorithm</em>' attribute.
	 * @see org.plateau.model.TrainingAlgorithm
	 * @see #setAlgorithm(TrainingAlgorithm)
	 * @see org.plateau.model.PlateauPackage#getTraining_Algorithm()
	 * @model default="FULL_BATCH_GD"
	 * @generated
	 */
	TrainingAlgorithm getAlgorithm();

	/**
	 * Sets the value of the '{@link org.plateau.model.Training#getAlgorithm <em>Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Algorithm</em>' attribute.
	 * @see org.plateau.model.TrainingAlgorithm
	 * @see #getAlgorithm()
	 * @generated
	 */
	void setAlgorithm(TrainingAlgorithm value);

	/**
	 * Returns the value of the '<em><b>Learning Rate</b></em>' attribute.
	 * The default value is <code>"1e-3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Learning rate (step size) eta; must be positive and finite.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Learning Rate</em>' attribute.
	 * @see #setLearningRate(double)
	 * @see org.plateau.model.PlateauPackage#getTraining_LearningRate()
	 * @model default="1e-3"
	 *        annotation="http://www.plateau.org/display name='learning rate \u03b7'"
	 * @generated
	 */
	double getLearningRate();

	/**
	 * Sets the value of the '{@link org.plateau.model.Training#getLearningRate <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Learning Rate</em>' attribute.
	 * @see #getLearningRate()
	 * @generated
	 */
	void setLearningRate(double value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of parameter updates; must be positive.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' attribute.
	 * @see #setSteps(long)
	 * @see org.plateau.model.PlateauPackage#getTraining_Steps()
	 * @model default="1000"
	 * @generated
	 */
	long getSteps();

	/**
	 * Sets the value of the '{@link org.plateau.model.Training#getSteps <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steps</em>' attribute.
	 * @see #getSteps()
	 * @generated
	 */
	void setSteps(long value);

	/**
	 * Returns the value of the '<em><b>Loss Convention</b></em>' attribute.
	 * The default value is <code>"MEAN"</code>.
	 * The literals are from the enumeration {@link org.plateau.model.LossConvention}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the loss averages or sums over the samples; this rescales the effective learning rate and so the time constant tau of the theory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Loss Convention</em>' attribute.
	 * @see org.plateau.model.LossConvention
	 * @see #setLossConvention(LossConvention)
	 * @see org.plateau.model.PlateauPackage#getTraining_LossConvention()
	 * @model default="MEAN"
	 * @generated
	 */
	LossConvention getLossConvention();

	/**
	 * Sets the value of the '{@link org.plateau.model.Training#getLossConvention <em>Loss Convention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loss Convention</em>' attribute.
	 * @see org.plateau.model.LossConvention
	 * @see #getLossConvention()
	 * @generated
	 */
	void setLossConvention(LossConvention value);

	/**
	 * Returns the value of the '<em><b>Record Interval</b></em>' attribute.
	 * The default value is <code>"10"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Metrics are recorded every recordInterval steps; must be positive and at most steps.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Record Interval</em>' attribute.
	 * @see #setRecordInterval(long)
	 * @see org.plateau.model.PlateauPackage#getTraining_RecordInterval()
	 * @model default="10"
	 * @generated
	 */
	long getRecordInterval();

	/**
	 * Sets the value of the '{@link org.plateau.model.Training#getRecordInterval <em>Record Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Record Interval</em>' attribute.
	 * @see #getRecordInterval()
	 * @generated
	 */
	void setRecordInterval(long value);

	/**
	 * Returns the value of the '<em><b>Snapshot Steps</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Long}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Steps at which the weight matrices are snapshotted; each must lie in [0, steps].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Snapshot Steps</em>' attribute list.
	 * @see org.plateau.model.PlateauPackage#getTraining_SnapshotSteps()
	 * @model
	 * @generated
	 */
	EList<Long> getSnapshotSteps();

	/**
	 * Returns the value of the '<em><b>Batch Size</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Samples per step of MINI_BATCH_SGD (at least 1); 0 for the other algorithms, which do not use it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Batch Size</em>' attribute.
	 * @see #setBatchSize(int)
	 * @see org.plateau.model.PlateauPackage#getTraining_BatchSize()
	 * @model default="0"
	 * @generated
	 */
	int getBatchSize();

	/**
	 * Sets the value of the '{@link org.plateau.model.Training#getBatchSize <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Batch Size</em>' attribute.
	 * @see #getBatchSize()
	 * @generated
	 */
	void setBatchSize(int value);

	/**
	 * Returns the value of the '<em><b>Loss Kind</b></em>' attribute.
	 * The default value is <code>"HALF_SQUARED_ERROR"</code>.
	 * The literals are from the enumeration {@link org.plateau.model.LossKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The loss of one sample: half the squared error (the papers of the linear families), the squared error without the 1/2, or the cross-entropy of a softmax read-out. A family refuses, by name, a kind it does not train with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Loss Kind</em>' attribute.
	 * @see org.plateau.model.LossKind
	 * @see #setLossKind(LossKind)
	 * @see org.plateau.model.PlateauPackage#getTraining_LossKind()
	 * @model default="HALF_SQUARED_ERROR"
	 *        annotation="http://www.plateau.org/display name='loss'"
	 * @generated
	 */
	LossKind getLossKind();

	/**
	 * Sets the value of the '{@link org.plateau.model.Training#getLossKind <em>Loss Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Loss Kind</em>' attribute.
	 * @see org.plateau.model.LossKind
	 * @see #getLossKind()
	 * @generated
	 */
	void setLossKind(LossKind value);

	/**
	 * Returns the value of the '<em><b>Stop Below Loss</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stopping rule: training ends at the first record whose training loss is below this value; 0 trains for all the steps. Must be finite and non-negative.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stop Below Loss</em>' attribute.
	 * @see #setStopBelowLoss(double)
	 * @see org.plateau.model.PlateauPackage#getTraining_StopBelowLoss()
	 * @model default="0.0"
	 *        annotation="http://www.plateau.org/display name='stop below loss'"
	 * @generated
	 */
	double getStopBelowLoss();

	/**
	 * Sets the value of the '{@link org.plateau.model.Training#getStopBelowLoss <em>Stop Below Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stop Below Loss</em>' attribute.
	 * @see #getStopBelowLoss()
	 * @generated
	 */
	void setStopBelowLoss(double value);

} // Training
