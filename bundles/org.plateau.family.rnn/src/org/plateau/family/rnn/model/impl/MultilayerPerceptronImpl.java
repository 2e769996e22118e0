/**
 * Code marked @generated is produced by EMF from model/rnn.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.rnn.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.plateau.family.rnn.model.Activation;
import org.plateau.family.rnn.model.MultilayerPerceptron;
import org.plateau.family.rnn.model.RnnPackage;

import org.plateau.model.impl.ArchitectureImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Multilayer Perceptron</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.rnn.model.impl.MultilayerPerceptronImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.MultilayerPerceptronImpl#getHiddenLayers <em>Hidden Layers</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.MultilayerPerceptronImpl#getActivation <em>Activation</em>}</li>
 *   <li>{@link org.plateau.family.rnn.model.impl.MultilayerPerceptronImpl#getTrackedLayer <em>Tracked Layer</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MultilayerPerceptronImpl extends ArchitectureImpl implements MultilayerPerceptron {
	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int WIDTH_EDEFAULT = 500;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected int width = WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHiddenLayers() <em>Hidden Layers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenLayers()
	 * @generated
	 * @ordered
	 */
	protected static final int HIDDEN_LAYERS_EDEFAULT = 20;

	/**
	 * The cached value of the '{@link #getHiddenLayers() <em>Hidden Layers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHiddenLayers()
	 * @generated
	 * @ordered
	 */
	protected int hiddenLayers = HIDDEN_LAYERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getActivation() <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivation()
	 * @generated
	 * @ordered
	 */
	protected static final Activation ACTIVATION_EDEFAULT = Activation.LEAKY_RELU;

	/**
	 * The cached value of the '{@link #getActivation() <em>Activation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivation()
	 * @generated
	 * @ordered
	 */
	protected Activation activation = ACTIVATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrackedLayer() <em>Tracked Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrackedLayer()
	 * @generated
	 * @ordered
	 */
	protected static final int TRACKED_LAYER_EDEFAULT = 10;

	/**
	 * The cached value of the '{@link #getTrackedLayer() <em>Tracked Layer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrackedLayer()
	 * @generated
	 * @ordered
	 */
	protected int trackedLayer = TRACKED_LAYER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MultilayerPerceptronImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RnnPackage.Literals.MULTILAYER_PERCEPTRON;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(int newWidth) {
		int oldWidth = width;
		width = newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.MULTILAYER_PERCEPTRON__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHiddenLayers() {
		return hiddenLayers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHiddenLayers(int newHiddenLayers) {
		int oldHiddenLayers = hiddenLayers;
		hiddenLayers = newHiddenLayers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.MULTILAYER_PERCEPTRON__HIDDEN_LAYERS, oldHiddenLayers, hiddenLayers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Activation getActivation() {
		return activation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivation(Activation newActivation) {
		Activation oldActivation = activation;
		activation = newActivation == null ? ACTIVATION_EDEFAULT : newActivation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.MULTILAYER_PERCEPTRON__ACTIVATION, oldActivation, activation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTrackedLayer() {
		return trackedLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrackedLayer(int newTrackedLayer) {
		int oldTrackedLayer = trackedLayer;
		trackedLayer = newTrackedLayer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RnnPackage.MULTILAYER_PERCEPTRON__TRACKED_LAYER, oldTrackedLayer, trackedLayer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RnnPackage.MULTILAYER_PERCEPTRON__WIDTH:
				return getWidth();
			case RnnPackage.MULTILAYER_PERCEPTRON__HIDDEN_LAYERS:
				return getHiddenLayers();
			case RnnPackage.MULTILAYER_PERCEPTRON__ACTIVATION:
				return getActivation();
			case RnnPackage.MULTILAYER_PERCEPTRON__TRACKED_LAYER:
				return getTrackedLayer();
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
			case RnnPackage.MULTILAYER_PERCEPTRON__WIDTH:
				setWidth((Integer)newValue);
				return;
			case RnnPackage.MULTILAYER_PERCEPTRON__HIDDEN_LAYERS:
				setHiddenLayers((Integer)newValue);
				return;
			case RnnPackage.MULTILAYER_PERCEPTRON__ACTIVATION:
				setActivation((Activation)newValue);
				return;
			case RnnPackage.MULTILAYER_PERCEPTRON__TRACKED_LAYER:
				setTrackedLayer((Integer)newValue);
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
			case RnnPackage.MULTILAYER_PERCEPTRON__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case RnnPackage.MULTILAYER_PERCEPTRON__HIDDEN_LAYERS:
				setHiddenLayers(HIDDEN_LAYERS_EDEFAULT);
				return;
			case RnnPackage.MULTILAYER_PERCEPTRON__ACTIVATION:
				setActivation(ACTIVATION_EDEFAULT);
				return;
			case RnnPackage.MULTILAYER_PERCEPTRON__TRACKED_LAYER:
				setTrackedLayer(TRACKED_LAYER_EDEFAULT);
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
			case RnnPackage.MULTILAYER_PERCEPTRON__WIDTH:
				return width != WIDTH_EDEFAULT;
			case RnnPackage.MULTILAYER_PERCEPTRON__HIDDEN_LAYERS:
				return hiddenLayers != HIDDEN_LAYERS_EDEFAULT;
			case RnnPackage.MULTILAYER_PERCEPTRON__ACTIVATION:
				return activation != ACTIVATION_EDEFAULT;
			case RnnPackage.MULTILAYER_PERCEPTRON__TRACKED_LAYER:
				return trackedLayer != TRACKED_LAYER_EDEFAULT;
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
		result.append(" (width: ");
		result.append(width);
		result.append(", hiddenLayers: ");
		result.append(hiddenLayers);
		result.append(", activation: ");
		result.append(activation);
		result.append(", trackedLayer: ");
		result.append(trackedLayer);
		result.append(')');
		return result.toString();
	}

} //MultilayerPerceptronImpl
