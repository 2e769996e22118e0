/**
 * Code marked @generated is produced by EMF from model/localization.genmodel; releng/emf-codegen/generate.sh regenerates it.
 * Code marked @generated NOT, or not marked, is hand-written and kept on regeneration.
 */
package org.plateau.family.localization.model;

import org.plateau.model.Task;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Binary classification of two translation-invariant ensembles of periodic images (spec 2(b)): label 0 has correlation length xi0, label 1 the longer xi1; half of every batch from each class. Each data model gives unit-variance pixels with its own single-pixel marginal.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.plateau.family.localization.model.LocalizationTask#getDataModel <em>Data Model</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.LocalizationTask#getGain <em>Gain</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.LocalizationTask#getMarginal <em>Marginal</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.LocalizationTask#getTailExponent <em>Tail Exponent</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.LocalizationTask#getCoupling0 <em>Coupling0</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.LocalizationTask#getCoupling1 <em>Coupling1</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.LocalizationTask#getCorrelationLength0 <em>Correlation Length0</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.LocalizationTask#getCorrelationLength1 <em>Correlation Length1</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.LocalizationTask#getPixels <em>Pixels</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.LocalizationTask#getDimensions <em>Dimensions</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.LocalizationTask#getSamples <em>Samples</em>}</li>
 *   <li>{@link org.plateau.family.localization.model.LocalizationTask#getDegreesOfFreedom <em>Degrees Of Freedom</em>}</li>
 * </ul>
 *
 * @see org.plateau.family.localization.model.LocalizationPackage#getLocalizationTask()
 * @model
 * @generated
 */
public interface LocalizationTask extends Task {
	/**
	 * Returns the value of the '<em><b>Data Model</b></em>' attribute.
	 * The default value is <code>"NLGP"</code>.
	 * The literals are from the enumeration {@link org.plateau.family.localization.model.DataModel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How an image is drawn (spec 2(b)).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Model</em>' attribute.
	 * @see org.plateau.family.localization.model.DataModel
	 * @see #setDataModel(DataModel)
	 * @see org.plateau.family.localization.model.LocalizationPackage#getLocalizationTask_DataModel()
	 * @model default="NLGP"
	 *        annotation="http://www.plateau.org/display name='data model'"
	 * @generated
	 */
	DataModel getDataModel();

	/**
	 * Sets the value of the '{@link org.plateau.family.localization.model.LocalizationTask#getDataModel <em>Data Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Model</em>' attribute.
	 * @see org.plateau.family.localization.model.DataModel
	 * @see #getDataModel()
	 * @generated
	 */
	void setDataModel(DataModel value);

	/**
	 * Returns the value of the '<em><b>Gain</b></em>' attribute.
	 * The default value is <code>"100.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * NLGP(g): x = erf(g z)/Z(g) of a Gaussian field z; g = 100 gives edges (localises), g = 0.01 is nearly Gaussian.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gain</em>' attribute.
	 * @see #setGain(double)
	 * @see org.plateau.family.localization.model.LocalizationPackage#getLocalizationTask_Gain()
	 * @model default="100.0"
	 *        annotation="http://www.plateau.org/display name='gain g'"
	 * @generated
	 */
	double getGain();

	/**
	 * Sets the value of the '{@link org.plateau.family.localization.model.LocalizationTask#getGain <em>Gain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gain</em>' attribute.
	 * @see #getGain()
	 * @generated
	 */
	void setGain(double value);

	/**
	 * Returns the value of the '<em><b>Marginal</b></em>' attribute.
	 * The default value is <code>"ALGEBRAIC"</code>.
	 * The literals are from the enumeration {@link org.plateau.family.localization.model.Marginal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The single-pixel marginal of a NORTA image x = F^-1(Phi(z))/std.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Marginal</em>' attribute.
	 * @see org.plateau.family.localization.model.Marginal
	 * @see #setMarginal(Marginal)
	 * @see org.plateau.family.localization.model.LocalizationPackage#getLocalizationTask_Marginal()
	 * @model default="ALGEBRAIC"
	 *        annotation="http://www.plateau.org/display name='NORTA marginal'"
	 * @generated
	 */
	Marginal getMarginal();

	/**
	 * Sets the value of the '{@link org.plateau.family.localization.model.LocalizationTask#getMarginal <em>Marginal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Marginal</em>' attribute.
	 * @see org.plateau.family.localization.model.Marginal
	 * @see #getMarginal()
	 * @generated
	 */
	void setMarginal(Marginal value);

	/**
	 * Returns the value of the '<em><b>Tail Exponent</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * k of the algebraic marginal Alg(k), quantile (2p-1)/(1-|2p-1|^k)^(1/k), tails |x|^-(k+1): k = 5 has excess kurtosis > 0 (does not localise), k = 6 < 0 (localises).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tail Exponent</em>' attribute.
	 * @see #setTailExponent(int)
	 * @see org.plateau.family.localization.model.LocalizationPackage#getLocalizationTask_TailExponent()
	 * @model default="5"
	 *        annotation="http://www.plateau.org/display name='tail exponent k'"
	 * @generated
	 */
	int getTailExponent();

	/**
	 * Sets the value of the '{@link org.plateau.family.localization.model.LocalizationTask#getTailExponent <em>Tail Exponent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tail Exponent</em>' attribute.
	 * @see #getTailExponent()
	 * @generated
	 */
	void setTailExponent(int value);

	/**
	 * Returns the value of the '<em><b>Coupling0</b></em>' attribute.
	 * The default value is <code>"0.3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ising coupling of label 0 (the shorter correlation).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Coupling0</em>' attribute.
	 * @see #setCoupling0(double)
	 * @see org.plateau.family.localization.model.LocalizationPackage#getLocalizationTask_Coupling0()
	 * @model default="0.3"
	 *        annotation="http://www.plateau.org/display name='coupling J0'"
	 * @generated
	 */
	double getCoupling0();

	/**
	 * Sets the value of the '{@link org.plateau.family.localization.model.LocalizationTask#getCoupling0 <em>Coupling0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coupling0</em>' attribute.
	 * @see #getCoupling0()
	 * @generated
	 */
	void setCoupling0(double value);

	/**
	 * Returns the value of the '<em><b>Coupling1</b></em>' attribute.
	 * The default value is <code>"0.7"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ising coupling of label 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Coupling1</em>' attribute.
	 * @see #setCoupling1(double)
	 * @see org.plateau.family.localization.model.LocalizationPackage#getLocalizationTask_Coupling1()
	 * @model default="0.7"
	 *        annotation="http://www.plateau.org/display name='coupling J1'"
	 * @generated
	 */
	double getCoupling1();

	/**
	 * Sets the value of the '{@link org.plateau.family.localization.model.LocalizationTask#getCoupling1 <em>Coupling1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Coupling1</em>' attribute.
	 * @see #getCoupling1()
	 * @generated
	 */
	void setCoupling1(double value);

	/**
	 * Returns the value of the '<em><b>Correlation Length0</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length of the Gaussian kernel exp(-d^2/xi^2) of label 0.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Correlation Length0</em>' attribute.
	 * @see #setCorrelationLength0(double)
	 * @see org.plateau.family.localization.model.LocalizationPackage#getLocalizationTask_CorrelationLength0()
	 * @model default="1.0"
	 *        annotation="http://www.plateau.org/display name='correlation length xi0'"
	 * @generated
	 */
	double getCorrelationLength0();

	/**
	 * Sets the value of the '{@link org.plateau.family.localization.model.LocalizationTask#getCorrelationLength0 <em>Correlation Length0</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Correlation Length0</em>' attribute.
	 * @see #getCorrelationLength0()
	 * @generated
	 */
	void setCorrelationLength0(double value);

	/**
	 * Returns the value of the '<em><b>Correlation Length1</b></em>' attribute.
	 * The default value is <code>"3.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Length of the Gaussian kernel of label 1 (longer than xi0).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Correlation Length1</em>' attribute.
	 * @see #setCorrelationLength1(double)
	 * @see org.plateau.family.localization.model.LocalizationPackage#getLocalizationTask_CorrelationLength1()
	 * @model default="3.0"
	 *        annotation="http://www.plateau.org/display name='correlation length xi1'"
	 * @generated
	 */
	double getCorrelationLength1();

	/**
	 * Sets the value of the '{@link org.plateau.family.localization.model.LocalizationTask#getCorrelationLength1 <em>Correlation Length1</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Correlation Length1</em>' attribute.
	 * @see #getCorrelationLength1()
	 * @generated
	 */
	void setCorrelationLength1(double value);

	/**
	 * Returns the value of the '<em><b>Pixels</b></em>' attribute.
	 * The default value is <code>"40"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Pixels of a 1-D image (40 or 100 in the paper), or of a side of a 2-D image.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pixels</em>' attribute.
	 * @see #setPixels(int)
	 * @see org.plateau.family.localization.model.LocalizationPackage#getLocalizationTask_Pixels()
	 * @model default="40"
	 *        annotation="http://www.plateau.org/display name='pixels D'"
	 * @generated
	 */
	int getPixels();

	/**
	 * Sets the value of the '{@link org.plateau.family.localization.model.LocalizationTask#getPixels <em>Pixels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pixels</em>' attribute.
	 * @see #getPixels()
	 * @generated
	 */
	void setPixels(int value);

	/**
	 * Returns the value of the '<em><b>Dimensions</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 1 for 1-D rings of pixels; 2 for pixels x pixels images with the Kronecker-product kernel (the paper Fig. 1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dimensions</em>' attribute.
	 * @see #setDimensions(int)
	 * @see org.plateau.family.localization.model.LocalizationPackage#getLocalizationTask_Dimensions()
	 * @model default="1"
	 *        annotation="http://www.plateau.org/display name='dimensions'"
	 * @generated
	 */
	int getDimensions();

	/**
	 * Sets the value of the '{@link org.plateau.family.localization.model.LocalizationTask#getDimensions <em>Dimensions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dimensions</em>' attribute.
	 * @see #getDimensions()
	 * @generated
	 */
	void setDimensions(int value);

	/**
	 * Returns the value of the '<em><b>Samples</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 0 draws fresh images at every step (online, the paper); P &gt; 0 draws one fixed set of P images (half per class) from the seed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Samples</em>' attribute.
	 * @see #setSamples(int)
	 * @see org.plateau.family.localization.model.LocalizationPackage#getLocalizationTask_Samples()
	 * @model default="0"
	 *        annotation="http://www.plateau.org/display name='samples P'"
	 * @generated
	 */
	int getSamples();

	/**
	 * Sets the value of the '{@link org.plateau.family.localization.model.LocalizationTask#getSamples <em>Samples</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Samples</em>' attribute.
	 * @see #getSamples()
	 * @generated
	 */
	void setSamples(int value);

	/**
	 * Returns the value of the '<em><b>Degrees Of Freedom</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Of the Student-t images (3 in the paper).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Degrees Of Freedom</em>' attribute.
	 * @see #setDegreesOfFreedom(int)
	 * @see org.plateau.family.localization.model.LocalizationPackage#getLocalizationTask_DegreesOfFreedom()
	 * @model default="3"
	 *        annotation="http://www.plateau.org/display name='degrees of freedom'"
	 * @generated
	 */
	int getDegreesOfFreedom();

	/**
	 * Sets the value of the '{@link org.plateau.family.localization.model.LocalizationTask#getDegreesOfFreedom <em>Degrees Of Freedom</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Degrees Of Freedom</em>' attribute.
	 * @see #getDegreesOfFreedom()
	 * @generated
	 */
	void setDegreesOfFreedom(int value);

} // LocalizationTask
