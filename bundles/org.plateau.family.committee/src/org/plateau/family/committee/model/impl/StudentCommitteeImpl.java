/**
 * Code marked @generated is produced by EMF from model/committee.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.committee.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.plateau.family.committee.model.CommitteePackage;
import org.plateau.family.committee.model.SecondLayer;
import org.plateau.family.committee.model.StudentCommittee;

import org.plateau.model.impl.ArchitectureImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Student Committee</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.committee.model.impl.StudentCommitteeImpl#getHiddenUnits <em>Hidden Units</em>}</li>
 *   <li>{@link org.plateau.family.committee.model.impl.StudentCommitteeImpl#getSecondLayer <em>Second Layer</em>}</li>
 *   <li>{@link org.plateau.family.committee.model.impl.StudentCommitteeImpl#getSecondLayerLearningRate <em>Second Layer Learning Rate</em>}</li>
 *   <li>{@link org.plateau.family.committee.model.impl.StudentCommitteeImpl#getWeightDecay <em>Weight Decay</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StudentCommitteeImpl extends ArchitectureImpl implements StudentCommittee {
	/**
	 * The default value of the '{@link #getHiddenUnits() <em>Hidden Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenUnits()
	 * @generated
	 * @ordered
	 */
	protected static final int HIDDEN_UNITS_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getHiddenUnits() <em>Hidden Units</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenUnits()
	 * @generated
	 * @ordered
	 */
	protected int hiddenUnits = HIDDEN_UNITS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecondLayer() <em>Second Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecondLayer()
	 * @generated
	 * @ordered
	 */
	protected static final SecondLayer SECOND_LAYER_EDEFAULT = SecondLayer.FIXED;

	/**
	 * The cached value of the '{@link #getSecondLayer() <em>Second Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecondLayer()
	 * @generated
	 * @ordered
	 */
	protected SecondLayer secondLayer = SECOND_LAYER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecondLayerLearningRate() <em>Second Layer Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecondLayerLearningRate()
	 * @generated
	 * @ordered
	 */
	protected static final double SECOND_LAYER_LEARNING_RATE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getSecondLayerLearningRate() <em>Second Layer Learning Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecondLayerLearningRate()
	 * @generated
	 * @ordered
	 */
	protected double secondLayerLearningRate = SECOND_LAYER_LEARNING_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeightDecay() <em>Weight Decay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightDecay()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_DECAY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getWeightDecay() <em>Weight Decay</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeightDecay()
	 * @generated
	 * @ordered
	 */
	protected double weightDecay = WEIGHT_DECAY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StudentCommitteeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CommitteePackage.Literals.STUDENT_COMMITTEE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHiddenUnits() {
		return hiddenUnits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHiddenUnits(int newHiddenUnits) {
		int oldHiddenUnits = hiddenUnits;
		hiddenUnits = newHiddenUnits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommitteePackage.STUDENT_COMMITTEE__HIDDEN_UNITS, oldHiddenUnits, hiddenUnits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecondLayer getSecondLayer() {
		return secondLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecondLayer(SecondLayer newSecondLayer) {
		SecondLayer oldSecondLayer = secondLayer;
		secondLayer = newSecondLayer == null ? SECOND_LAYER_EDEFAULT : newSecondLayer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommitteePackage.STUDENT_COMMITTEE__SECOND_LAYER, oldSecondLayer, secondLayer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSecondLayerLearningRate() {
		return secondLayerLearningRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecondLayerLearningRate(double newSecondLayerLearningRate) {
		double oldSecondLayerLearningRate = secondLayerLearningRate;
		secondLayerLearningRate = newSecondLayerLearningRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommitteePackage.STUDENT_COMMITTEE__SECOND_LAYER_LEARNING_RATE, oldSecondLayerLearningRate, secondLayerLearningRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeightDecay() {
		return weightDecay;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeightDecay(double newWeightDecay) {
		double oldWeightDecay = weightDecay;
		weightDecay = newWeightDecay;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CommitteePackage.STUDENT_COMMITTEE__WEIGHT_DECAY, oldWeightDecay, weightDecay));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CommitteePackage.STUDENT_COMMITTEE__HIDDEN_UNITS:
				return getHiddenUnits();
			case CommitteePackage.STUDENT_COMMITTEE__SECOND_LAYER:
				return getSecondLayer();
			case CommitteePackage.STUDENT_COMMITTEE__SECOND_LAYER_LEARNING_RATE:
				return getSecondLayerLearningRate();
			case CommitteePackage.STUDENT_COMMITTEE__WEIGHT_DECAY:
				return getWeightDecay();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CommitteePackage.STUDENT_COMMITTEE__HIDDEN_UNITS:
				setHiddenUnits((Integer)newValue);
				return;
			case CommitteePackage.STUDENT_COMMITTEE__SECOND_LAYER:
				setSecondLayer((SecondLayer)newValue);
				return;
			case CommitteePackage.STUDENT_COMMITTEE__SECOND_LAYER_LEARNING_RATE:
				setSecondLayerLearningRate((Double)newValue);
				return;
			case CommitteePackage.STUDENT_COMMITTEE__WEIGHT_DECAY:
				setWeightDecay((Double)newValue);
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
			case CommitteePackage.STUDENT_COMMITTEE__HIDDEN_UNITS:
				setHiddenUnits(HIDDEN_UNITS_EDEFAULT);
				return;
			case CommitteePackage.STUDENT_COMMITTEE__SECOND_LAYER:
				setSecondLayer(SECOND_LAYER_EDEFAULT);
				return;
			case CommitteePackage.STUDENT_COMMITTEE__SECOND_LAYER_LEARNING_RATE:
				setSecondLayerLearningRate(SECOND_LAYER_LEARNING_RATE_EDEFAULT);
				return;
			case CommitteePackage.STUDENT_COMMITTEE__WEIGHT_DECAY:
				setWeightDecay(WEIGHT_DECAY_EDEFAULT);
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
			case CommitteePackage.STUDENT_COMMITTEE__HIDDEN_UNITS:
				return hiddenUnits != HIDDEN_UNITS_EDEFAULT;
			case CommitteePackage.STUDENT_COMMITTEE__SECOND_LAYER:
				return secondLayer != SECOND_LAYER_EDEFAULT;
			case CommitteePackage.STUDENT_COMMITTEE__SECOND_LAYER_LEARNING_RATE:
				return secondLayerLearningRate != SECOND_LAYER_LEARNING_RATE_EDEFAULT;
			case CommitteePackage.STUDENT_COMMITTEE__WEIGHT_DECAY:
				return weightDecay != WEIGHT_DECAY_EDEFAULT;
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
		result.append(" (hiddenUnits: ");
		result.append(hiddenUnits);
		result.append(", secondLayer: ");
		result.append(secondLayer);
		result.append(", secondLayerLearningRate: ");
		result.append(secondLayerLearningRate);
		result.append(", weightDecay: ");
		result.append(weightDecay);
		result.append(')');
		return result.toString();
	}

} //StudentCommitteeImpl
