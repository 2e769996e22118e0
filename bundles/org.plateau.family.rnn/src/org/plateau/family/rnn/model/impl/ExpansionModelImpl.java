/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.plateau.family.rnn.model.ExpansionModel;
import org.plateau.family.rnn.model.ExpansionPoint;
import org.plateau.family.rnn.model.RnnPackage;

import org.plateau.model.impl.ArchitectureImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Expansion Model</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.rnn.model.impl.ExpansionModelImpl#getExpansionPoint <em>Expansion Point</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.ExpansionModelImpl#getHiddenRate1 <em>Hidden Rate1</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.ExpansionModelImpl#getHiddenRate2 <em>Hidden Rate2</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.ExpansionModelImpl#getReadoutRate <em>Readout Rate</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.ExpansionModelImpl#getBiasRate <em>Bias Rate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ExpansionModelImpl extends ArchitectureImpl implements ExpansionModel {
	/**
	 * The default value of the '{@link #getExpansionPoint() <em>Expansion Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpansionPoint()
	 * @generated
	 * @ordered
	 */
	protected static final ExpansionPoint EXPANSION_POINT_EDEFAULT = ExpansionPoint.FIXED;

	/**
	 * The cached value of the '{@link #getExpansionPoint() <em>Expansion Point</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpansionPoint()
	 * @generated
	 * @ordered
	 */
	protected ExpansionPoint expansionPoint = EXPANSION_POINT_EDEFAULT;

	/**
	 * The default value of the '{@link #getHiddenRate1() <em>Hidden Rate1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenRate1()
	 * @generated
	 * @ordered
	 */
	protected static final double HIDDEN_RATE1_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getHiddenRate1() <em>Hidden Rate1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenRate1()
	 * @generated
	 * @ordered
	 */
	protected double hiddenRate1 = HIDDEN_RATE1_EDEFAULT;

	/**
	 * The default value of the '{@link #getHiddenRate2() <em>Hidden Rate2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenRate2()
	 * @generated
	 * @ordered
	 */
	protected static final double HIDDEN_RATE2_EDEFAULT = 10.0;

	/**
	 * The cached value of the '{@link #getHiddenRate2() <em>Hidden Rate2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenRate2()
	 * @generated
	 * @ordered
	 */
	protected double hiddenRate2 = HIDDEN_RATE2_EDEFAULT;

	/**
	 * The default value of the '{@link #getReadoutRate() <em>Readout Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadoutRate()
	 * @generated
	 * @ordered
	 */
	protected static final double READOUT_RATE_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getReadoutRate() <em>Readout Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReadoutRate()
	 * @generated
	 * @ordered
	 */
	protected double readoutRate = READOUT_RATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBiasRate() <em>Bias Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBiasRate()
	 * @generated
	 * @ordered
	 */
	protected static final double BIAS_RATE_EDEFAULT = 0.25;

	/**
	 * The cached value of the '{@link #getBiasRate() <em>Bias Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBiasRate()
	 * @generated
	 * @ordered
	 */
	protected double biasRate = BIAS_RATE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExpansionModelImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RnnPackage.Literals.EXPANSION_MODEL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExpansionPoint getExpansionPoint() {
		return expansionPoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpansionPoint(ExpansionPoint newExpansionPoint) {
		ExpansionPoint oldExpansionPoint = expansionPoint;
		expansionPoint = newExpansionPoint == null ? EXPANSION_POINT_EDEFAULT : newExpansionPoint;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.EXPANSION_MODEL__EXPANSION_POINT, oldExpansionPoint, expansionPoint));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHiddenRate1() {
		return hiddenRate1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHiddenRate1(double newHiddenRate1) {
		double oldHiddenRate1 = hiddenRate1;
		hiddenRate1 = newHiddenRate1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.EXPANSION_MODEL__HIDDEN_RATE1, oldHiddenRate1, hiddenRate1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHiddenRate2() {
		return hiddenRate2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHiddenRate2(double newHiddenRate2) {
		double oldHiddenRate2 = hiddenRate2;
		hiddenRate2 = newHiddenRate2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.EXPANSION_MODEL__HIDDEN_RATE2, oldHiddenRate2, hiddenRate2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getReadoutRate() {
		return readoutRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReadoutRate(double newReadoutRate) {
		double oldReadoutRate = readoutRate;
		readoutRate = newReadoutRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.EXPANSION_MODEL__READOUT_RATE, oldReadoutRate, readoutRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getBiasRate() {
		return biasRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBiasRate(double newBiasRate) {
		double oldBiasRate = biasRate;
		biasRate = newBiasRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.EXPANSION_MODEL__BIAS_RATE, oldBiasRate, biasRate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RnnPackage.EXPANSION_MODEL__EXPANSION_POINT:
				return getExpansionPoint();
			case RnnPackage.EXPANSION_MODEL__HIDDEN_RATE1:
				return getHiddenRate1();
			case RnnPackage.EXPANSION_MODEL__HIDDEN_RATE2:
				return getHiddenRate2();
			case RnnPackage.EXPANSION_MODEL__READOUT_RATE:
				return getReadoutRate();
			case RnnPackage.EXPANSION_MODEL__BIAS_RATE:
				return getBiasRate();
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
			case RnnPackage.EXPANSION_MODEL__EXPANSION_POINT:
				setExpansionPoint((ExpansionPoint)newValue);
				return;
			case RnnPackage.EXPANSION_MODEL__HIDDEN_RATE1:
				setHiddenRate1((Double)newValue);
				return;
			case RnnPackage.EXPANSION_MODEL__HIDDEN_RATE2:
				setHiddenRate2((Double)newValue);
				return;
			case RnnPackage.EXPANSION_MODEL__READOUT_RATE:
				setReadoutRate((Double)newValue);
				return;
			case RnnPackage.EXPANSION_MODEL__BIAS_RATE:
				setBiasRate((Double)newValue);
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
			case RnnPackage.EXPANSION_MODEL__EXPANSION_POINT:
				setExpansionPoint(EXPANSION_POINT_EDEFAULT);
				return;
			case RnnPackage.EXPANSION_MODEL__HIDDEN_RATE1:
				setHiddenRate1(HIDDEN_RATE1_EDEFAULT);
				return;
			case RnnPackage.EXPANSION_MODEL__HIDDEN_RATE2:
				setHiddenRate2(HIDDEN_RATE2_EDEFAULT);
				return;
			case RnnPackage.EXPANSION_MODEL__READOUT_RATE:
				setReadoutRate(READOUT_RATE_EDEFAULT);
				return;
			case RnnPackage.EXPANSION_MODEL__BIAS_RATE:
				setBiasRate(BIAS_RATE_EDEFAULT);
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
			case RnnPackage.EXPANSION_MODEL__EXPANSION_POINT:
				return expansionPoint != EXPANSION_POINT_EDEFAULT;
			case RnnPackage.EXPANSION_MODEL__HIDDEN_RATE1:
				return hiddenRate1 != HIDDEN_RATE1_EDEFAULT;
			case RnnPackage.EXPANSION_MODEL__HIDDEN_RATE2:
				return hiddenRate2 != HIDDEN_RATE2_EDEFAULT;
			case RnnPackage.EXPANSION_MODEL__READOUT_RATE:
				return readoutRate != READOUT_RATE_EDEFAULT;
			case RnnPackage.EXPANSION_MODEL__BIAS_RATE:
				return biasRate != BIAS_RATE_EDEFAULT;
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
		result.append(" (expansionPoint: ");
		result.append(expansionPoint);
		result.append(", hiddenRate1: ");
		result.append(hiddenRate1);
		result.append(", hiddenRate2: ");
		result.append(hiddenRate2);
		result.append(", readoutRate: ");
		result.append(readoutRate);
		result.append(", biasRate: ");
		result.append(biasRate);
		result.append(')');
		return result.toString();
	}

} //ExpansionModelImpl
