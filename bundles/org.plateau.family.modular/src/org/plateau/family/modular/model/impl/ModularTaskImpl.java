/**
 * Code marked @generated is produced by EMF from model/modular.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.modular.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.plateau.family.modular.model.ModularPackage;
import org.plateau.family.modular.model.ModularTask;

import org.plateau.model.impl.TaskImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.modular.model.impl.ModularTaskImpl#getN1 <em>N1</em>}</li>
 *   <li>{@link org.plateau.family.modular.model.impl.ModularTaskImpl#getN2 <em>N2</em>}</li>
 *   <li>{@link org.plateau.family.modular.model.impl.ModularTaskImpl#getK1 <em>K1</em>}</li>
 *   <li>{@link org.plateau.family.modular.model.impl.ModularTaskImpl#getK2 <em>K2</em>}</li>
 *   <li>{@link org.plateau.family.modular.model.impl.ModularTaskImpl#getR <em>R</em>}</li>
 *   <li>{@link org.plateau.family.modular.model.impl.ModularTaskImpl#getTrainingPatterns <em>Training Patterns</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ModularTaskImpl extends TaskImpl implements ModularTask {
	/**
	 * The default value of the '{@link #getN1() <em>N1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getN1()
	 * @generated
	 * @ordered
	 */
	protected static final int N1_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getN1() <em>N1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getN1()
	 * @generated
	 * @ordered
	 */
	protected int n1 = N1_EDEFAULT;

	/**
	 * The default value of the '{@link #getN2() <em>N2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getN2()
	 * @generated
	 * @ordered
	 */
	protected static final int N2_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getN2() <em>N2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getN2()
	 * @generated
	 * @ordered
	 */
	protected int n2 = N2_EDEFAULT;

	/**
	 * The default value of the '{@link #getK1() <em>K1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getK1()
	 * @generated
	 * @ordered
	 */
	protected static final int K1_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getK1() <em>K1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getK1()
	 * @generated
	 * @ordered
	 */
	protected int k1 = K1_EDEFAULT;

	/**
	 * The default value of the '{@link #getK2() <em>K2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getK2()
	 * @generated
	 * @ordered
	 */
	protected static final int K2_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getK2() <em>K2</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getK2()
	 * @generated
	 * @ordered
	 */
	protected int k2 = K2_EDEFAULT;

	/**
	 * The default value of the '{@link #getR() <em>R</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR()
	 * @generated
	 * @ordered
	 */
	protected static final double R_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getR() <em>R</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getR()
	 * @generated
	 * @ordered
	 */
	protected double r = R_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrainingPatterns() <em>Training Patterns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainingPatterns()
	 * @generated
	 * @ordered
	 */
	protected static final int TRAINING_PATTERNS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTrainingPatterns() <em>Training Patterns</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainingPatterns()
	 * @generated
	 * @ordered
	 */
	protected int trainingPatterns = TRAINING_PATTERNS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ModularTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModularPackage.Literals.MODULAR_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getN1() {
		return n1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setN1(int newN1) {
		int oldN1 = n1;
		n1 = newN1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModularPackage.MODULAR_TASK__N1, oldN1, n1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getN2() {
		return n2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setN2(int newN2) {
		int oldN2 = n2;
		n2 = newN2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModularPackage.MODULAR_TASK__N2, oldN2, n2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getK1() {
		return k1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setK1(int newK1) {
		int oldK1 = k1;
		k1 = newK1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModularPackage.MODULAR_TASK__K1, oldK1, k1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getK2() {
		return k2;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setK2(int newK2) {
		int oldK2 = k2;
		k2 = newK2;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModularPackage.MODULAR_TASK__K2, oldK2, k2));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getR() {
		return r;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setR(double newR) {
		double oldR = r;
		r = newR;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModularPackage.MODULAR_TASK__R, oldR, r));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTrainingPatterns() {
		return trainingPatterns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainingPatterns(int newTrainingPatterns) {
		int oldTrainingPatterns = trainingPatterns;
		trainingPatterns = newTrainingPatterns;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModularPackage.MODULAR_TASK__TRAINING_PATTERNS, oldTrainingPatterns, trainingPatterns));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModularPackage.MODULAR_TASK__N1:
				return getN1();
			case ModularPackage.MODULAR_TASK__N2:
				return getN2();
			case ModularPackage.MODULAR_TASK__K1:
				return getK1();
			case ModularPackage.MODULAR_TASK__K2:
				return getK2();
			case ModularPackage.MODULAR_TASK__R:
				return getR();
			case ModularPackage.MODULAR_TASK__TRAINING_PATTERNS:
				return getTrainingPatterns();
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
			case ModularPackage.MODULAR_TASK__N1:
				setN1((Integer)newValue);
				return;
			case ModularPackage.MODULAR_TASK__N2:
				setN2((Integer)newValue);
				return;
			case ModularPackage.MODULAR_TASK__K1:
				setK1((Integer)newValue);
				return;
			case ModularPackage.MODULAR_TASK__K2:
				setK2((Integer)newValue);
				return;
			case ModularPackage.MODULAR_TASK__R:
				setR((Double)newValue);
				return;
			case ModularPackage.MODULAR_TASK__TRAINING_PATTERNS:
				setTrainingPatterns((Integer)newValue);
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
			case ModularPackage.MODULAR_TASK__N1:
				setN1(N1_EDEFAULT);
				return;
			case ModularPackage.MODULAR_TASK__N2:
				setN2(N2_EDEFAULT);
				return;
			case ModularPackage.MODULAR_TASK__K1:
				setK1(K1_EDEFAULT);
				return;
			case ModularPackage.MODULAR_TASK__K2:
				setK2(K2_EDEFAULT);
				return;
			case ModularPackage.MODULAR_TASK__R:
				setR(R_EDEFAULT);
				return;
			case ModularPackage.MODULAR_TASK__TRAINING_PATTERNS:
				setTrainingPatterns(TRAINING_PATTERNS_EDEFAULT);
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
			case ModularPackage.MODULAR_TASK__N1:
				return n1 != N1_EDEFAULT;
			case ModularPackage.MODULAR_TASK__N2:
				return n2 != N2_EDEFAULT;
			case ModularPackage.MODULAR_TASK__K1:
				return k1 != K1_EDEFAULT;
			case ModularPackage.MODULAR_TASK__K2:
				return k2 != K2_EDEFAULT;
			case ModularPackage.MODULAR_TASK__R:
				return r != R_EDEFAULT;
			case ModularPackage.MODULAR_TASK__TRAINING_PATTERNS:
				return trainingPatterns != TRAINING_PATTERNS_EDEFAULT;
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
		result.append(" (n1: ");
		result.append(n1);
		result.append(", n2: ");
		result.append(n2);
		result.append(", k1: ");
		result.append(k1);
		result.append(", k2: ");
		result.append(k2);
		result.append(", r: ");
		result.append(r);
		result.append(", trainingPatterns: ");
		result.append(trainingPatterns);
		result.append(')');
		return result.toString();
	}

} //ModularTaskImpl
