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

import org.plateau.model.AxisSpacing;
import org.plateau.model.PlateauPackage;
import org.plateau.model.SweepAxis;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sweep Axis</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.model.impl.SweepAxisImpl#getFeaturePath <em>Feature Path</em>}</li>
 *   <li>{@link org.plateau.model.impl.SweepAxisImpl#getSpacing <em>Spacing</em>}</li>
 *   <li>{@link org.plateau.model.impl.SweepAxisImpl#getValues <em>Values</em>}</li>
 *   <li>{@link org.plateau.model.impl.SweepAxisImpl#getFrom <em>From</em>}</li>
 *   <li>{@link org.plateau.model.impl.SweepAxisImpl#getTo <em>To</em>}</li>
 *   <li>{@link org.plateau.model.impl.SweepAxisImpl#getCount <em>Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SweepAxisImpl extends MinimalEObjectImpl.Container implements SweepAxis {
	/**
	 * The default value of the '{@link #getFeaturePath() <em>Feature Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeaturePath()
	 * @generated
	 * @ordered
	 */
	protected static final String FEATURE_PATH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFeaturePath() <em>Feature Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeaturePath()
	 * @generated
	 * @ordered
	 */
	protected String featurePath = FEATURE_PATH_EDEFAULT;

	/**
	 * The default value of the '{@link #getSpacing() <em>Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpacing()
	 * @generated
	 * @ordered
	 */
	protected static final AxisSpacing SPACING_EDEFAULT = AxisSpacing.LIST;

	/**
	 * The cached value of the '{@link #getSpacing() <em>Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpacing()
	 * @generated
	 * @ordered
	 */
	protected AxisSpacing spacing = SPACING_EDEFAULT;

	/**
	 * The cached value of the '{@link #getValues() <em>Values</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValues()
	 * @generated
	 * @ordered
	 */
	protected EList<String> values;

	/**
	 * The default value of the '{@link #getFrom() <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected static final double FROM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFrom() <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrom()
	 * @generated
	 * @ordered
	 */
	protected double from = FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getTo() <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected static final double TO_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getTo() <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTo()
	 * @generated
	 * @ordered
	 */
	protected double to = TO_EDEFAULT;

	/**
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final int COUNT_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected int count = COUNT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SweepAxisImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PlateauPackage.Literals.SWEEP_AXIS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFeaturePath() {
		return featurePath;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeaturePath(String newFeaturePath) {
		String oldFeaturePath = featurePath;
		featurePath = newFeaturePath;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.SWEEP_AXIS__FEATURE_PATH, oldFeaturePath, featurePath));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AxisSpacing getSpacing() {
		return spacing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpacing(AxisSpacing newSpacing) {
		AxisSpacing oldSpacing = spacing;
		spacing = newSpacing == null ? SPACING_EDEFAULT : newSpacing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.SWEEP_AXIS__SPACING, oldSpacing, spacing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getValues() {
		if (values == null) {
			values = new EDataTypeUniqueEList<String>(String.class, this, PlateauPackage.SWEEP_AXIS__VALUES);
		}
		return values;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFrom() {
		return from;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrom(double newFrom) {
		double oldFrom = from;
		from = newFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.SWEEP_AXIS__FROM, oldFrom, from));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTo() {
		return to;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTo(double newTo) {
		double oldTo = to;
		to = newTo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.SWEEP_AXIS__TO, oldTo, to));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(int newCount) {
		int oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PlateauPackage.SWEEP_AXIS__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PlateauPackage.SWEEP_AXIS__FEATURE_PATH:
				return getFeaturePath();
			case PlateauPackage.SWEEP_AXIS__SPACING:
				return getSpacing();
			case PlateauPackage.SWEEP_AXIS__VALUES:
				return getValues();
			case PlateauPackage.SWEEP_AXIS__FROM:
				return getFrom();
			case PlateauPackage.SWEEP_AXIS__TO:
				return getTo();
			case PlateauPackage.SWEEP_AXIS__COUNT:
				return getCount();
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
			case PlateauPackage.SWEEP_AXIS__FEATURE_PATH:
				setFeaturePath((String)newValue);
				return;
			case PlateauPackage.SWEEP_AXIS__SPACING:
				setSpacing((AxisSpacing)newValue);
				return;
			case PlateauPackage.SWEEP_AXIS__VALUES:
				getValues().clear();
				getValues().addAll((Collection<? extends String>)newValue);
				return;
			case PlateauPackage.SWEEP_AXIS__FROM:
				setFrom((Double)newValue);
				return;
			case PlateauPackage.SWEEP_AXIS__TO:
				setTo((Double)newValue);
				return;
			case PlateauPackage.SWEEP_AXIS__COUNT:
				setCount((Integer)newValue);
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
			case PlateauPackage.SWEEP_AXIS__FEATURE_PATH:
				setFeaturePath(FEATURE_PATH_EDEFAULT);
				return;
			case PlateauPackage.SWEEP_AXIS__SPACING:
				setSpacing(SPACING_EDEFAULT);
				return;
			case PlateauPackage.SWEEP_AXIS__VALUES:
				getValues().clear();
				return;
			case PlateauPackage.SWEEP_AXIS__FROM:
				setFrom(FROM_EDEFAULT);
				return;
			case PlateauPackage.SWEEP_AXIS__TO:
				setTo(TO_EDEFAULT);
				return;
			case PlateauPackage.SWEEP_AXIS__COUNT:
				setCount(COUNT_EDEFAULT);
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
			case PlateauPackage.SWEEP_AXIS__FEATURE_PATH:
				return FEATURE_PATH_EDEFAULT == null ? featurePath != null : !FEATURE_PATH_EDEFAULT.equals(featurePath);
			case PlateauPackage.SWEEP_AXIS__SPACING:
				return spacing != SPACING_EDEFAULT;
			case PlateauPackage.SWEEP_AXIS__VALUES:
				return values != null && !values.isEmpty();
			case PlateauPackage.SWEEP_AXIS__FROM:
				return from != FROM_EDEFAULT;
			case PlateauPackage.SWEEP_AXIS__TO:
				return to != TO_EDEFAULT;
			case PlateauPackage.SWEEP_AXIS__COUNT:
				return count != COUNT_EDEFAULT;
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
		result.append(" (featurePath: ");
		result.append(featurePath);
		result.append(", spacing: ");
		result.append(spacing);
		result.append(", values: ");
		result.append(values);
		result.append(", from: ");
		result.append(from);
		result.append(", to: ");
		result.append(to);
		result.append(", count: ");
		result.append(count);
		result.append(')');
		return result.toString();
	}

} //SweepAxisImpl
