/**
 * Code marked @generated is produced by EMF from model/experiment.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.plateau.model.LossConvention;
import org.plateau.model.LossKind;
import org.plateau.model.PlateauPackage;
import org.plateau.model.Training;
import org.plateau.model.TrainingAlgorithm;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Training</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.model.impl.TrainingImpl#getAlgorithm <em>Algorithm</em>}</li>
 *   <li>{@link org.plateau.model.impl.TrainingImpl#getLearningRate <em>Learning Rate</em>}</li>
 *   <li>{@link org.plateau.model.impl.TrainingImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.plateau.model.impl.TrainingImpl#getLossConvention <em>Loss Convention</em>}</li>
 *   <li>{@link org.plateau.model.impl.TrainingImpl#getRecordInterval <em>Record Interval</em>}</li>
 *   <li>{@link org.plateau.model.impl.TrainingImpl#getSnapshotSteps <em>Snapshot Steps</em>}</li>
 *   <li>{@link org.plateau.model.impl.TrainingImpl#getBatchSize <em>Batch Size</em>}</li>
 *   <li>{@link org.plateau.model.impl.TrainingImpl#getLossKind <em>Loss Kind</em>}</li>
 *   <li>{@link org.plateau.model.impl.TrainingImpl#getStopBelowLoss <em>Stop Below Loss</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingImpl extends MinimalEObjectImpl.Container implements Training {
	/**
	 * The default value of the '{@link #getAlgorithm() <em>Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlgorithm()
	 * @generated
	 * @ordered
	 */
	protected static final TrainingAlgorithm ALGORITHM_EDEFAULT = TrainingAlgorithm.FULL_BATCH_GD;

	/**
	 * The cached value of the '{@link #getAlgorithm() <em>Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlgorithm()
	 * @generated
	 * @ordered
	 */
	protected TrainingAlgorithm algorithm = ALGORITHM_EDEFAULT;

	/**
	 * The default value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected static final double LEARNING_RATE_EDEFAULT = 0.001;

	/**
	 * The cached value of the '{@link #getLearningRate() <em>Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLearningRate()
	 * @generated
	 * @ordered
	 */
	protected double learningRate = LEARNING_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected static final long STEPS_EDEFAULT = 1000L;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected long steps = STEPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLossConvention() <em>Loss Convention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLossConvention()
	 * @generated
	 * @ordered
	 */
	protected static final LossConvention LOSS_CONVENTION_EDEFAULT = LossConvention.MEAN;

	/**
	 * The cached value of the '{@link #getLossConvention() <em>Loss Convention</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLossConvention()
	 * @generated
	 * @ordered
	 */
	protected LossConvention lossConvention = LOSS_CONVENTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecordInterval() <em>Record Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordInterval()
	 * @generated
	 * @ordered
	 */
	protected static final long RECORD_INTERVAL_EDEFAULT = 10L;

	/**
	 * The cached value of the '{@link #getRecordInterval() <em>Record Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordInterval()
	 * @generated
	 * @ordered
	 */
	protected long recordInterval = RECORD_INTERVAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSnapshotSteps() <em>Snapshot Steps</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSnapshotSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<Long> snapshotSteps;

	/**
	 * The default value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected static final int BATCH_SIZE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getBatchSize() <em>Batch Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBatchSize()
	 * @generated
	 * @ordered
	 */
	protected int batchSize = BATCH_SIZE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLossKind() <em>Loss Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLossKind()
	 * @generated
	 * @ordered
	 */
	protected static final LossKind LOSS_KIND_EDEFAULT = LossKind.HALF_SQUARED_ERROR;

	/**
	 * The cached value of the '{@link #getLossKind() <em>Loss Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLossKind()
	 * @generated
	 * @ordered
	 */
	protected LossKind lossKind = LOSS_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getStopBelowLoss() <em>Stop Below Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStopBelowLoss()
	 * @generated
	 * @ordered
	 */
	protected static final double STOP_BELOW_LOSS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getStopBelowLoss() <em>Stop Below Loss</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStopBelowLoss()
	 * @generated
	 * @ordered
	 */
	protected double stopBelowLoss = STOP_BELOW_LOSS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlateauPackage.Literals.TRAINING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingAlgorithm getAlgorithm() {
		return algorithm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlgorithm(TrainingAlgorithm newAlgorithm) {
		TrainingAlgorithm oldAlgorithm = algorithm;
		algorithm = newAlgorithm == null ? ALGORITHM_EDEFAULT : newAlgorithm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.TRAINING__ALGORITHM, oldAlgorithm, algorithm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLearningRate() {
		return learningRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLearningRate(double newLearningRate) {
		double oldLearningRate = learningRate;
		learningRate = newLearningRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.TRAINING__LEARNING_RATE, oldLearningRate, learningRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSteps() {
		return steps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSteps(long newSteps) {
		long oldSteps = steps;
		steps = newSteps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.TRAINING__STEPS, oldSteps, steps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LossConvention getLossConvention() {
		return lossConvention;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLossConvention(LossConvention newLossConvention) {
		LossConvention oldLossConvention = lossConvention;
		lossConvention = newLossConvention == null ? LOSS_CONVENTION_EDEFAULT : newLossConvention;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.TRAINING__LOSS_CONVENTION, oldLossConvention, lossConvention));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRecordInterval() {
		return recordInterval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordInterval(long newRecordInterval) {
		long oldRecordInterval = recordInterval;
		recordInterval = newRecordInterval;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.TRAINING__RECORD_INTERVAL, oldRecordInterval, recordInterval));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Long> getSnapshotSteps() {
		if (snapshotSteps == null) {
			snapshotSteps = new EDataTypeUniqueEList<Long>(Long.class, this, PlateauPackage.TRAINING__SNAPSHOT_STEPS);
		}
		return snapshotSteps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBatchSize() {
		return batchSize;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBatchSize(int newBatchSize) {
		int oldBatchSize = batchSize;
		batchSize = newBatchSize;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.TRAINING__BATCH_SIZE, oldBatchSize, batchSize));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LossKind getLossKind() {
		return lossKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLossKind(LossKind newLossKind) {
		LossKind oldLossKind = lossKind;
		lossKind = newLossKind == null ? LOSS_KIND_EDEFAULT : newLossKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.TRAINING__LOSS_KIND, oldLossKind, lossKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStopBelowLoss() {
		return stopBelowLoss;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStopBelowLoss(double newStopBelowLoss) {
		double oldStopBelowLoss = stopBelowLoss;
		stopBelowLoss = newStopBelowLoss;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.TRAINING__STOP_BELOW_LOSS, oldStopBelowLoss, stopBelowLoss));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlateauPackage.TRAINING__ALGORITHM:
				return getAlgorithm();
			case PlateauPackage.TRAINING__LEARNING_RATE:
				return getLearningRate();
			case PlateauPackage.TRAINING__STEPS:
				return getSteps();
			case PlateauPackage.TRAINING__LOSS_CONVENTION:
				return getLossConvention();
			case PlateauPackage.TRAINING__RECORD_INTERVAL:
				return getRecordInterval();
			case PlateauPackage.TRAINING__SNAPSHOT_STEPS:
				return getSnapshotSteps();
			case PlateauPackage.TRAINING__BATCH_SIZE:
				return getBatchSize();
			case PlateauPackage.TRAINING__LOSS_KIND:
				return getLossKind();
			case PlateauPackage.TRAINING__STOP_BELOW_LOSS:
				return getStopBelowLoss();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PlateauPackage.TRAINING__ALGORITHM:
				setAlgorithm((TrainingAlgorithm)newValue);
				return;
			case PlateauPackage.TRAINING__LEARNING_RATE:
				setLearningRate((Double)newValue);
				return;
			case PlateauPackage.TRAINING__STEPS:
				setSteps((Long)newValue);
				return;
			case PlateauPackage.TRAINING__LOSS_CONVENTION:
				setLossConvention((LossConvention)newValue);
				return;
			case PlateauPackage.TRAINING__RECORD_INTERVAL:
				setRecordInterval((Long)newValue);
				return;
			case PlateauPackage.TRAINING__SNAPSHOT_STEPS:
				getSnapshotSteps().clear();
				getSnapshotSteps().addAll((Collection<? extends Long>)newValue);
				return;
			case PlateauPackage.TRAINING__BATCH_SIZE:
				setBatchSize((Integer)newValue);
				return;
			case PlateauPackage.TRAINING__LOSS_KIND:
				setLossKind((LossKind)newValue);
				return;
			case PlateauPackage.TRAINING__STOP_BELOW_LOSS:
				setStopBelowLoss((Double)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PlateauPackage.TRAINING__ALGORITHM:
				setAlgorithm(ALGORITHM_EDEFAULT);
				return;
			case PlateauPackage.TRAINING__LEARNING_RATE:
				setLearningRate(LEARNING_RATE_EDEFAULT);
				return;
			case PlateauPackage.TRAINING__STEPS:
				setSteps(STEPS_EDEFAULT);
				return;
			case PlateauPackage.TRAINING__LOSS_CONVENTION:
				setLossConvention(LOSS_CONVENTION_EDEFAULT);
				return;
			case PlateauPackage.TRAINING__RECORD_INTERVAL:
				setRecordInterval(RECORD_INTERVAL_EDEFAULT);
				return;
			case PlateauPackage.TRAINING__SNAPSHOT_STEPS:
				getSnapshotSteps().clear();
				return;
			case PlateauPackage.TRAINING__BATCH_SIZE:
				setBatchSize(BATCH_SIZE_EDEFAULT);
				return;
			case PlateauPackage.TRAINING__LOSS_KIND:
				setLossKind(LOSS_KIND_EDEFAULT);
				return;
			case PlateauPackage.TRAINING__STOP_BELOW_LOSS:
				setStopBelowLoss(STOP_BELOW_LOSS_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PlateauPackage.TRAINING__ALGORITHM:
				return algorithm != ALGORITHM_EDEFAULT;
			case PlateauPackage.TRAINING__LEARNING_RATE:
				return learningRate != LEARNING_RATE_EDEFAULT;
			case PlateauPackage.TRAINING__STEPS:
				return steps != STEPS_EDEFAULT;
			case PlateauPackage.TRAINING__LOSS_CONVENTION:
				return lossConvention != LOSS_CONVENTION_EDEFAULT;
			case PlateauPackage.TRAINING__RECORD_INTERVAL:
				return recordInterval != RECORD_INTERVAL_EDEFAULT;
			case PlateauPackage.TRAINING__SNAPSHOT_STEPS:
				return snapshotSteps != null && !snapshotSteps.isEmpty();
			case PlateauPackage.TRAINING__BATCH_SIZE:
				return batchSize != BATCH_SIZE_EDEFAULT;
			case PlateauPackage.TRAINING__LOSS_KIND:
				return lossKind != LOSS_KIND_EDEFAULT;
			case PlateauPackage.TRAINING__STOP_BELOW_LOSS:
				return stopBelowLoss != STOP_BELOW_LOSS_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (algorithm: ");
		result.append(algorithm);
		result.append(", learningRate: ");
		result.append(learningRate);
		result.append(", steps: ");
		result.append(steps);
		result.append(", lossConvention: ");
		result.append(lossConvention);
		result.append(", recordInterval: ");
		result.append(recordInterval);
		result.append(", snapshotSteps: ");
		result.append(snapshotSteps);
		result.append(", batchSize: ");
		result.append(batchSize);
		result.append(", lossKind: ");
		result.append(lossKind);
		result.append(", stopBelowLoss: ");
		result.append(stopBelowLoss);
		result.append(')');
		return result.toString();
	}

} //TrainingImpl
