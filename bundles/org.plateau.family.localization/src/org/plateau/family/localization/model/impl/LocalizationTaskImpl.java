/**
 * Code marked @generated is produced by EMF from model/localization.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.localization.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.plateau.family.localization.model.DataModel;
import org.plateau.family.localization.model.LocalizationPackage;
import org.plateau.family.localization.model.LocalizationTask;
import org.plateau.family.localization.model.Marginal;

import org.plateau.model.impl.TaskImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.localization.model.impl.LocalizationTaskImpl#getDataModel <em>Data Model</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.impl.LocalizationTaskImpl#getGain <em>Gain</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.impl.LocalizationTaskImpl#getMarginal <em>Marginal</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.impl.LocalizationTaskImpl#getTailExponent <em>Tail Exponent</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.impl.LocalizationTaskImpl#getCoupling0 <em>Coupling0</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.impl.LocalizationTaskImpl#getCoupling1 <em>Coupling1</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.impl.LocalizationTaskImpl#getCorrelationLength0 <em>Correlation Length0</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.impl.LocalizationTaskImpl#getCorrelationLength1 <em>Correlation Length1</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.impl.LocalizationTaskImpl#getPixels <em>Pixels</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.impl.LocalizationTaskImpl#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.impl.LocalizationTaskImpl#getSamples <em>Samples</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.impl.LocalizationTaskImpl#getDegreesOfFreedom <em>Degrees Of Freedom</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LocalizationTaskImpl extends TaskImpl implements LocalizationTask {
	/**
	 * The default value of the '{@link #getDataModel() <em>Data Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataModel()
	 * @generated
	 * @ordered
	 */
	protected static final DataModel DATA_MODEL_EDEFAULT = DataModel.NLGP;

	/**
	 * The cached value of the '{@link #getDataModel() <em>Data Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataModel()
	 * @generated
	 * @ordered
	 */
	protected DataModel dataModel = DATA_MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getGain() <em>Gain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGain()
	 * @generated
	 * @ordered
	 */
	protected static final double GAIN_EDEFAULT = 100.0;

	/**
	 * The cached value of the '{@link #getGain() <em>Gain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGain()
	 * @generated
	 * @ordered
	 */
	protected double gain = GAIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMarginal() <em>Marginal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarginal()
	 * @generated
	 * @ordered
	 */
	protected static final Marginal MARGINAL_EDEFAULT = Marginal.ALGEBRAIC;

	/**
	 * The cached value of the '{@link #getMarginal() <em>Marginal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMarginal()
	 * @generated
	 * @ordered
	 */
	protected Marginal marginal = MARGINAL_EDEFAULT;

	/**
	 * The default value of the '{@link #getTailExponent() <em>Tail Exponent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTailExponent()
	 * @generated
	 * @ordered
	 */
	protected static final int TAIL_EXPONENT_EDEFAULT = 5;

	/**
	 * The cached value of the '{@link #getTailExponent() <em>Tail Exponent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTailExponent()
	 * @generated
	 * @ordered
	 */
	protected int tailExponent = TAIL_EXPONENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCoupling0() <em>Coupling0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoupling0()
	 * @generated
	 * @ordered
	 */
	protected static final double COUPLING0_EDEFAULT = 0.3;

	/**
	 * The cached value of the '{@link #getCoupling0() <em>Coupling0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoupling0()
	 * @generated
	 * @ordered
	 */
	protected double coupling0 = COUPLING0_EDEFAULT;

	/**
	 * The default value of the '{@link #getCoupling1() <em>Coupling1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoupling1()
	 * @generated
	 * @ordered
	 */
	protected static final double COUPLING1_EDEFAULT = 0.7;

	/**
	 * The cached value of the '{@link #getCoupling1() <em>Coupling1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoupling1()
	 * @generated
	 * @ordered
	 */
	protected double coupling1 = COUPLING1_EDEFAULT;

	/**
	 * The default value of the '{@link #getCorrelationLength0() <em>Correlation Length0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCorrelationLength0()
	 * @generated
	 * @ordered
	 */
	protected static final double CORRELATION_LENGTH0_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getCorrelationLength0() <em>Correlation Length0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCorrelationLength0()
	 * @generated
	 * @ordered
	 */
	protected double correlationLength0 = CORRELATION_LENGTH0_EDEFAULT;

	/**
	 * The default value of the '{@link #getCorrelationLength1() <em>Correlation Length1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCorrelationLength1()
	 * @generated
	 * @ordered
	 */
	protected static final double CORRELATION_LENGTH1_EDEFAULT = 3.0;

	/**
	 * The cached value of the '{@link #getCorrelationLength1() <em>Correlation Length1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCorrelationLength1()
	 * @generated
	 * @ordered
	 */
	protected double correlationLength1 = CORRELATION_LENGTH1_EDEFAULT;

	/**
	 * The default value of the '{@link #getPixels() <em>Pixels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPixels()
	 * @generated
	 * @ordered
	 */
	protected static final int PIXELS_EDEFAULT = 40;

	/**
	 * The cached value of the '{@link #getPixels() <em>Pixels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPixels()
	 * @generated
	 * @ordered
	 */
	protected int pixels = PIXELS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDimensions() <em>Dimensions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimensions()
	 * @generated
	 * @ordered
	 */
	protected static final int DIMENSIONS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getDimensions() <em>Dimensions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDimensions()
	 * @generated
	 * @ordered
	 */
	protected int dimensions = DIMENSIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSamples() <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamples()
	 * @generated
	 * @ordered
	 */
	protected static final int SAMPLES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSamples() <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSamples()
	 * @generated
	 * @ordered
	 */
	protected int samples = SAMPLES_EDEFAULT;

	/**
	 * The default value of the '{@link #getDegreesOfFreedom() <em>Degrees Of Freedom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDegreesOfFreedom()
	 * @generated
	 * @ordered
	 */
	protected static final int DEGREES_OF_FREEDOM_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getDegreesOfFreedom() <em>Degrees Of Freedom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDegreesOfFreedom()
	 * @generated
	 * @ordered
	 */
	protected int degreesOfFreedom = DEGREES_OF_FREEDOM_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LocalizationTaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LocalizationPackage.Literals.LOCALIZATION_TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataModel getDataModel() {
		return dataModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataModel(DataModel newDataModel) {
		DataModel oldDataModel = dataModel;
		dataModel = newDataModel == null ? DATA_MODEL_EDEFAULT : newDataModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LocalizationPackage.LOCALIZATION_TASK__DATA_MODEL, oldDataModel, dataModel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGain() {
		return gain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGain(double newGain) {
		double oldGain = gain;
		gain = newGain;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LocalizationPackage.LOCALIZATION_TASK__GAIN, oldGain, gain));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Marginal getMarginal() {
		return marginal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMarginal(Marginal newMarginal) {
		Marginal oldMarginal = marginal;
		marginal = newMarginal == null ? MARGINAL_EDEFAULT : newMarginal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LocalizationPackage.LOCALIZATION_TASK__MARGINAL, oldMarginal, marginal));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTailExponent() {
		return tailExponent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTailExponent(int newTailExponent) {
		int oldTailExponent = tailExponent;
		tailExponent = newTailExponent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LocalizationPackage.LOCALIZATION_TASK__TAIL_EXPONENT, oldTailExponent, tailExponent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCoupling0() {
		return coupling0;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoupling0(double newCoupling0) {
		double oldCoupling0 = coupling0;
		coupling0 = newCoupling0;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LocalizationPackage.LOCALIZATION_TASK__COUPLING0, oldCoupling0, coupling0));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCoupling1() {
		return coupling1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCoupling1(double newCoupling1) {
		double oldCoupling1 = coupling1;
		coupling1 = newCoupling1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LocalizationPackage.LOCALIZATION_TASK__COUPLING1, oldCoupling1, coupling1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCorrelationLength0() {
		return correlationLength0;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCorrelationLength0(double newCorrelationLength0) {
		double oldCorrelationLength0 = correlationLength0;
		correlationLength0 = newCorrelationLength0;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LocalizationPackage.LOCALIZATION_TASK__CORRELATION_LENGTH0, oldCorrelationLength0, correlationLength0));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCorrelationLength1() {
		return correlationLength1;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCorrelationLength1(double newCorrelationLength1) {
		double oldCorrelationLength1 = correlationLength1;
		correlationLength1 = newCorrelationLength1;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LocalizationPackage.LOCALIZATION_TASK__CORRELATION_LENGTH1, oldCorrelationLength1, correlationLength1));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPixels() {
		return pixels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPixels(int newPixels) {
		int oldPixels = pixels;
		pixels = newPixels;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LocalizationPackage.LOCALIZATION_TASK__PIXELS, oldPixels, pixels));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDimensions() {
		return dimensions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDimensions(int newDimensions) {
		int oldDimensions = dimensions;
		dimensions = newDimensions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LocalizationPackage.LOCALIZATION_TASK__DIMENSIONS, oldDimensions, dimensions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSamples() {
		return samples;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSamples(int newSamples) {
		int oldSamples = samples;
		samples = newSamples;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LocalizationPackage.LOCALIZATION_TASK__SAMPLES, oldSamples, samples));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDegreesOfFreedom() {
		return degreesOfFreedom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDegreesOfFreedom(int newDegreesOfFreedom) {
		int oldDegreesOfFreedom = degreesOfFreedom;
		degreesOfFreedom = newDegreesOfFreedom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LocalizationPackage.LOCALIZATION_TASK__DEGREES_OF_FREEDOM, oldDegreesOfFreedom, degreesOfFreedom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LocalizationPackage.LOCALIZATION_TASK__DATA_MODEL:
				return getDataModel();
			case LocalizationPackage.LOCALIZATION_TASK__GAIN:
				return getGain();
			case LocalizationPackage.LOCALIZATION_TASK__MARGINAL:
				return getMarginal();
			case LocalizationPackage.LOCALIZATION_TASK__TAIL_EXPONENT:
				return getTailExponent();
			case LocalizationPackage.LOCALIZATION_TASK__COUPLING0:
				return getCoupling0();
			case LocalizationPackage.LOCALIZATION_TASK__COUPLING1:
				return getCoupling1();
			case LocalizationPackage.LOCALIZATION_TASK__CORRELATION_LENGTH0:
				return getCorrelationLength0();
			case LocalizationPackage.LOCALIZATION_TASK__CORRELATION_LENGTH1:
				return getCorrelationLength1();
			case LocalizationPackage.LOCALIZATION_TASK__PIXELS:
				return getPixels();
			case LocalizationPackage.LOCALIZATION_TASK__DIMENSIONS:
				return getDimensions();
			case LocalizationPackage.LOCALIZATION_TASK__SAMPLES:
				return getSamples();
			case LocalizationPackage.LOCALIZATION_TASK__DEGREES_OF_FREEDOM:
				return getDegreesOfFreedom();
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
			case LocalizationPackage.LOCALIZATION_TASK__DATA_MODEL:
				setDataModel((DataModel)newValue);
				return;
			case LocalizationPackage.LOCALIZATION_TASK__GAIN:
				setGain((Double)newValue);
				return;
			case LocalizationPackage.LOCALIZATION_TASK__MARGINAL:
				setMarginal((Marginal)newValue);
				return;
			case LocalizationPackage.LOCALIZATION_TASK__TAIL_EXPONENT:
				setTailExponent((Integer)newValue);
				return;
			case LocalizationPackage.LOCALIZATION_TASK__COUPLING0:
				setCoupling0((Double)newValue);
				return;
			case LocalizationPackage.LOCALIZATION_TASK__COUPLING1:
				setCoupling1((Double)newValue);
				return;
			case LocalizationPackage.LOCALIZATION_TASK__CORRELATION_LENGTH0:
				setCorrelationLength0((Double)newValue);
				return;
			case LocalizationPackage.LOCALIZATION_TASK__CORRELATION_LENGTH1:
				setCorrelationLength1((Double)newValue);
				return;
			case LocalizationPackage.LOCALIZATION_TASK__PIXELS:
				setPixels((Integer)newValue);
				return;
			case LocalizationPackage.LOCALIZATION_TASK__DIMENSIONS:
				setDimensions((Integer)newValue);
				return;
			case LocalizationPackage.LOCALIZATION_TASK__SAMPLES:
				setSamples((Integer)newValue);
				return;
			case LocalizationPackage.LOCALIZATION_TASK__DEGREES_OF_FREEDOM:
				setDegreesOfFreedom((Integer)newValue);
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
			case LocalizationPackage.LOCALIZATION_TASK__DATA_MODEL:
				setDataModel(DATA_MODEL_EDEFAULT);
				return;
			case LocalizationPackage.LOCALIZATION_TASK__GAIN:
				setGain(GAIN_EDEFAULT);
				return;
			case LocalizationPackage.LOCALIZATION_TASK__MARGINAL:
				setMarginal(MARGINAL_EDEFAULT);
				return;
			case LocalizationPackage.LOCALIZATION_TASK__TAIL_EXPONENT:
				setTailExponent(TAIL_EXPONENT_EDEFAULT);
				return;
			case LocalizationPackage.LOCALIZATION_TASK__COUPLING0:
				setCoupling0(COUPLING0_EDEFAULT);
				return;
			case LocalizationPackage.LOCALIZATION_TASK__COUPLING1:
				setCoupling1(COUPLING1_EDEFAULT);
				return;
			case LocalizationPackage.LOCALIZATION_TASK__CORRELATION_LENGTH0:
				setCorrelationLength0(CORRELATION_LENGTH0_EDEFAULT);
				return;
			case LocalizationPackage.LOCALIZATION_TASK__CORRELATION_LENGTH1:
				setCorrelationLength1(CORRELATION_LENGTH1_EDEFAULT);
				return;
			case LocalizationPackage.LOCALIZATION_TASK__PIXELS:
				setPixels(PIXELS_EDEFAULT);
				return;
			case LocalizationPackage.LOCALIZATION_TASK__DIMENSIONS:
				setDimensions(DIMENSIONS_EDEFAULT);
				return;
			case LocalizationPackage.LOCALIZATION_TASK__SAMPLES:
				setSamples(SAMPLES_EDEFAULT);
				return;
			case LocalizationPackage.LOCALIZATION_TASK__DEGREES_OF_FREEDOM:
				setDegreesOfFreedom(DEGREES_OF_FREEDOM_EDEFAULT);
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
			case LocalizationPackage.LOCALIZATION_TASK__DATA_MODEL:
				return dataModel != DATA_MODEL_EDEFAULT;
			case LocalizationPackage.LOCALIZATION_TASK__GAIN:
				return gain != GAIN_EDEFAULT;
			case LocalizationPackage.LOCALIZATION_TASK__MARGINAL:
				return marginal != MARGINAL_EDEFAULT;
			case LocalizationPackage.LOCALIZATION_TASK__TAIL_EXPONENT:
				return tailExponent != TAIL_EXPONENT_EDEFAULT;
			case LocalizationPackage.LOCALIZATION_TASK__COUPLING0:
				return coupling0 != COUPLING0_EDEFAULT;
			case LocalizationPackage.LOCALIZATION_TASK__COUPLING1:
				return coupling1 != COUPLING1_EDEFAULT;
			case LocalizationPackage.LOCALIZATION_TASK__CORRELATION_LENGTH0:
				return correlationLength0 != CORRELATION_LENGTH0_EDEFAULT;
			case LocalizationPackage.LOCALIZATION_TASK__CORRELATION_LENGTH1:
				return correlationLength1 != CORRELATION_LENGTH1_EDEFAULT;
			case LocalizationPackage.LOCALIZATION_TASK__PIXELS:
				return pixels != PIXELS_EDEFAULT;
			case LocalizationPackage.LOCALIZATION_TASK__DIMENSIONS:
				return dimensions != DIMENSIONS_EDEFAULT;
			case LocalizationPackage.LOCALIZATION_TASK__SAMPLES:
				return samples != SAMPLES_EDEFAULT;
			case LocalizationPackage.LOCALIZATION_TASK__DEGREES_OF_FREEDOM:
				return degreesOfFreedom != DEGREES_OF_FREEDOM_EDEFAULT;
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
		result.append(" (dataModel: ");
		result.append(dataModel);
		result.append(", gain: ");
		result.append(gain);
		result.append(", marginal: ");
		result.append(marginal);
		result.append(", tailExponent: ");
		result.append(tailExponent);
		result.append(", coupling0: ");
		result.append(coupling0);
		result.append(", coupling1: ");
		result.append(coupling1);
		result.append(", correlationLength0: ");
		result.append(correlationLength0);
		result.append(", correlationLength1: ");
		result.append(correlationLength1);
		result.append(", pixels: ");
		result.append(pixels);
		result.append(", dimensions: ");
		result.append(dimensions);
		result.append(", samples: ");
		result.append(samples);
		result.append(", degreesOfFreedom: ");
		result.append(degreesOfFreedom);
		result.append(')');
		return result.toString();
	}

} //LocalizationTaskImpl
