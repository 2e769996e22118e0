/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.plateau.family.rnn.model.PairInitialisation;
import org.plateau.family.rnn.model.RnnPackage;

import org.plateau.model.impl.InitialisationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pair Initialisation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.rnn.model.impl.PairInitialisationImpl#getHidden1 <em>Hidden1</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.PairInitialisationImpl#getHidden2 <em>Hidden2</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.PairInitialisationImpl#getReadoutWeight <em>Readout Weight</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.PairInitialisationImpl#getReadoutBias <em>Readout Bias</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PairInitialisationImpl extends InitialisationImpl implements PairInitialisation {
	/**
	 * The default value of the '{@link #getHidden1() <em>Hidden1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHidden1()
	 * @generated
	 * @ordered
	 */
	protected static final double HIDDEN1_EDEFAULT = 0.05;

	/**
	 * The cached value of the '{@link #getHidden1() <em>Hidden1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHidden1()
	 * @generated
	 * @ordered
	 */
	protected double hidden1 = HIDDEN1_EDEFAULT;

	/**
	 * The default value of the '{@link #getHidden2() <em>Hidden2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHidden2()
	 * @generated
	 * @ordered
	 */
	protected static final double HIDDEN2_EDEFAULT = -0.08;

	/**
	 * The cached value of the '{@link #getHidden2() <em>Hidden2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHidden2()
	 * @generated
	 * @ordered
	 */
	protected double hidden2 = HIDDEN2_EDEFAULT;

	/**
	 * The default value of the '{@link #getReadoutWeight() <em>Readout Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadoutWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double READOUT_WEIGHT_EDEFAULT = 0.1;

	/**
	 * The cached value of the '{@link #getReadoutWeight() <em>Readout Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadoutWeight()
	 * @generated
	 * @ordered
	 */
	protected double readoutWeight = READOUT_WEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getReadoutBias() <em>Readout Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadoutBias()
	 * @generated
	 * @ordered
	 */
	protected static final double READOUT_BIAS_EDEFAULT = 0.1;

	/**
	 * The cached value of the '{@link #getReadoutBias() <em>Readout Bias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadoutBias()
	 * @generated
	 * @ordered
	 */
	protected double readoutBias = READOUT_BIAS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PairInitialisationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RnnPackage.Literals.PAIR_INITIALISATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHidden1() {
		return hidden1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHidden1(double newHidden1) {
		double oldHidden1 = hidden1;
		hidden1 = newHidden1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.PAIR_INITIALISATION__HIDDEN1, oldHidden1, hidden1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHidden2() {
		return hidden2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHidden2(double newHidden2) {
		double oldHidden2 = hidden2;
		hidden2 = newHidden2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.PAIR_INITIALISATION__HIDDEN2, oldHidden2, hidden2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getReadoutWeight() {
		return readoutWeight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadoutWeight(double newReadoutWeight) {
		double oldReadoutWeight = readoutWeight;
		readoutWeight = newReadoutWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.PAIR_INITIALISATION__READOUT_WEIGHT, oldReadoutWeight, readoutWeight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getReadoutBias() {
		return readoutBias;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadoutBias(double newReadoutBias) {
		double oldReadoutBias = readoutBias;
		readoutBias = newReadoutBias;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.PAIR_INITIALISATION__READOUT_BIAS, oldReadoutBias, readoutBias));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RnnPackage.PAIR_INITIALISATION__HIDDEN1:
				return getHidden1();
			case RnnPackage.PAIR_INITIALISATION__HIDDEN2:
				return getHidden2();
			case RnnPackage.PAIR_INITIALISATION__READOUT_WEIGHT:
				return getReadoutWeight();
			case RnnPackage.PAIR_INITIALISATION__READOUT_BIAS:
				return getReadoutBias();
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
			case RnnPackage.PAIR_INITIALISATION__HIDDEN1:
				setHidden1((Double)newValue);
				return;
			case RnnPackage.PAIR_INITIALISATION__HIDDEN2:
				setHidden2((Double)newValue);
				return;
			case RnnPackage.PAIR_INITIALISATION__READOUT_WEIGHT:
				setReadoutWeight((Double)newValue);
				return;
			case RnnPackage.PAIR_INITIALISATION__READOUT_BIAS:
				setReadoutBias((Double)newValue);
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
			case RnnPackage.PAIR_INITIALISATION__HIDDEN1:
				setHidden1(HIDDEN1_EDEFAULT);
				return;
			case RnnPackage.PAIR_INITIALISATION__HIDDEN2:
				setHidden2(HIDDEN2_EDEFAULT);
				return;
			case RnnPackage.PAIR_INITIALISATION__READOUT_WEIGHT:
				setReadoutWeight(READOUT_WEIGHT_EDEFAULT);
				return;
			case RnnPackage.PAIR_INITIALISATION__READOUT_BIAS:
				setReadoutBias(READOUT_BIAS_EDEFAULT);
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
			case RnnPackage.PAIR_INITIALISATION__HIDDEN1:
				return hidden1 != HIDDEN1_EDEFAULT;
			case RnnPackage.PAIR_INITIALISATION__HIDDEN2:
				return hidden2 != HIDDEN2_EDEFAULT;
			case RnnPackage.PAIR_INITIALISATION__READOUT_WEIGHT:
				return readoutWeight != READOUT_WEIGHT_EDEFAULT;
			case RnnPackage.PAIR_INITIALISATION__READOUT_BIAS:
				return readoutBias != READOUT_BIAS_EDEFAULT;
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
		result.append(" (hidden1: ");
		result.append(hidden1);
		result.append(", hidden2: ");
		result.append(hidden2);
		result.append(", readoutWeight: ");
		result.append(readoutWeight);
		result.append(", readoutBias: ");
		result.append(readoutBias);
		result.append(')');
		return result.toString();
	}

} //PairInitialisationImpl
